// /api/ready's check: the database answers within 1 s and holds every migration this build ships.
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let checkReadiness: typeof import("@/lib/health/check-readiness").checkReadiness;
let db: typeof import("@/lib/db").db;
let silent: Server;
let silentPort = 0;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ checkReadiness } = await import("@/lib/health/check-readiness"));
  ({ db } = await import("@/lib/db"));
  // A "database" that accepts connections and never answers: a frozen server.
  silent = createServer((socket) => {
    sockets.push(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const address = silent.address();
  silentPort = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe("readiness", () => {
  it("is ready on a migrated database", async () => {
    expect(await checkReadiness()).toEqual({ ready: true });
  });

  it("is not ready while a shipped migration is missing from the database", async () => {
    const [latest] = await db.$queryRaw<Array<{ id: string; migration_name: string }>>`
      SELECT "id", "migration_name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`;
    if (!latest) throw new Error("no migrations recorded");
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "id" = ${latest.id}`;
    try {
      expect(await checkReadiness()).toEqual({
        ready: false,
        reason: "migrationsPending",
        pending: 1,
      });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL WHERE "id" = ${latest.id}`;
    }
  });

  it("is not ready when nothing listens at the database's address", async () => {
    expect(await checkReadiness("postgresql://postgres@127.0.0.1:1/postgres")).toEqual({
      ready: false,
      reason: "databaseUnreachable",
    });
  });

  it("gives up on a database that accepts the connection but never answers", async () => {
    expect(await checkReadiness(`postgresql://postgres@127.0.0.1:${silentPort}/x`)).toEqual({
      ready: false,
      reason: "databaseUnreachable",
    });
  }, 5_000);
});
