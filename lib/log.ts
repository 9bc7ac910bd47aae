// The app's log: `log.info({ ... }, "what happened")`, `log.error({ err }, "...")`. Lines are JSON
// with the request's id (lib/log/log.mjs); never put an email, a name or an address in one.
import { env } from "@/lib/env";
import { createLog } from "@/lib/log/log.mjs";

const globalForLog = globalThis as unknown as { blueHeartLog?: ReturnType<typeof createLog> };

export const log = globalForLog.blueHeartLog ?? createLog({ level: env.LOG_LEVEL });
globalForLog.blueHeartLog = log;
