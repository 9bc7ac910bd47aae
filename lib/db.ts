import "server-only";
// The one Prisma client, and the pg pool under it (shared with the rate limiter, so the app holds
// one set of connections). Created on first use: importing this module never connects, so pages can
// be built without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

interface Connections {
  pool: pg.Pool;
  prisma: PrismaClient;
}

// Kept on globalThis so hot reloads in development reuse the pool instead of leaking connections.
const globalForDb = globalThis as unknown as { blueHeartDb?: Connections };

function connect(): Connections {
  if (globalForDb.blueHeartDb) return globalForDb.blueHeartDb;
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start` (they start the embedded database and set it), or set DATABASE_URL to your PostgreSQL server.",
    );
  }
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  pool.on("error", (error) => console.error("[db] idle connection error", error));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  globalForDb.blueHeartDb = { pool, prisma };
  return globalForDb.blueHeartDb;
}

function lazy<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get(_target, property) {
      const target = get();
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export const db: PrismaClient = lazy(() => connect().prisma);
export const pgPool: pg.Pool = lazy(() => connect().pool);

/** Closes the connections (tests and scripts; the app keeps them for its lifetime). */
export async function disconnectDb(): Promise<void> {
  const connections = globalForDb.blueHeartDb;
  if (!connections) return;
  globalForDb.blueHeartDb = undefined;
  await connections.prisma.$disconnect();
  await connections.pool.end().catch(() => {});
}
