// Runs before each integration test file: gives the file its own database, copied from the
// migrated template, and points the app's DATABASE_URL at it before any app module (and so
// lib/env.ts) is imported. Import nothing here that reads the environment.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "@/lib/database/admin";
import { setEnv } from "./test-env";

const serverUrl = inject("testServerUrl");
const name = `bh_test_it_${randomBytes(5).toString("hex")}`;
await createDatabase(serverUrl, name, inject("testTemplate"));
setEnv({ DATABASE_URL: databaseUrl(serverUrl, name) });

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
