import { openAppDatabase } from "@/lib/database/app-database";

/** Runs `work` with a database connection for the schema engine, then releases it. */
export async function withScratchServer<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await openAppDatabase("npm run db:migration", true);
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}
