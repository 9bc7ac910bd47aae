// Where the browser tests' server (scripts/e2e-server.ts) keeps a copy of everything it printed,
// for tests/logs/server-log.spec.ts to read once every other browser test and the fuzz suite ran.
import { join } from "node:path";
import { env } from "@/lib/env";

export const E2E_SERVER_LOG = join(env.DATA_DIR, "test-results", "e2e-server.log");
