import "server-only";
// A background chore that every app process schedules, but that should run once per period across
// all of them (the workers of one `npm start`, and every instance behind a load balancer): a process
// runs it only after claiming the period's turn in one atomic statement. A claim that loses says so,
// and the process simply waits for its next tick.
import { pgPool } from "@/lib/db";

/**
 * Claims the turn of chore `name` if nobody ran it in the last `periodMs` (slightly less than the
 * schedule's interval, so that two processes' timers drifting apart still take turns, not both).
 * True for exactly one of any number of concurrent callers.
 */
export async function claimScheduledRun(name: string, periodMs: number): Promise<boolean> {
  const { rowCount } = await pgPool.query(
    `INSERT INTO "ScheduledRun" (name, "lastRunAt") VALUES ($1, now())
     ON CONFLICT (name) DO UPDATE SET "lastRunAt" = now()
       WHERE "ScheduledRun"."lastRunAt" <= now() - make_interval(secs => $2::double precision / 1000)`,
    [name, periodMs],
  );
  return rowCount === 1;
}
