import "server-only";
import { relative } from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedPostgres } from "./embedded-postgres";

export const EMBEDDED_DATABASE_NAME = "blueheart";

export interface AppDatabase {
  url: string;
  embedded: boolean;
  /** Where the data lives, for the start-up message. */
  location: string;
  stop(): Promise<void>;
}

/**
 * The database the app uses: DATABASE_URL when set (nothing embedded starts), otherwise the
 * embedded PostgreSQL in DATA_DIR.
 */
export async function openAppDatabase(purpose: string, reuseRunning = false): Promise<AppDatabase> {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      embedded: false,
      location: `${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL)`,
      stop: async () => {},
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: env.DATA_DIR,
    port: env.EMBEDDED_DB_PORT,
    database: EMBEDDED_DATABASE_NAME,
    purpose,
    reuseRunning,
  });
  return {
    url: server.url,
    embedded: true,
    location: relative(process.cwd(), server.clusterDir) || server.clusterDir,
    stop: server.stop,
  };
}
