// Prisma CLI configuration. The URL is only needed by commands that connect (on a machine with
// internet, e.g. `prisma migrate deploy`); `prisma generate` must work without it, so no env() here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@localhost:5432/blueheart",
  },
});
