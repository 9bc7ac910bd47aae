import "server-only";
// Part of the migrations (lib/database/migrations.ts): pg-boss creates or upgrades its own schema
// (pgboss) and our queues are made, so an app process can add jobs before any worker has started.
import PgBoss from "pg-boss";
import { JOB_SCHEMA, jobQueues } from "./job-queue";

export async function prepareJobQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({
    connectionString,
    schema: JOB_SCHEMA,
    max: 1,
    supervise: false,
    schedule: false,
  });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const { name, options } of jobQueues()) {
      if (await boss.getQueue(name)) await boss.updateQueue(name, options);
      else await boss.createQueue(name, options);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
