// The fuzz suite: generated requests against every public input of the server under test (a real
// `next start` on its own database), checking that every answer is < 500 and that no row is written
// from invalid input. `npm test` runs FUZZ_CASES (1,000); `npm run fuzz` runs 10,000. The seed is
// printed first: `FUZZ_SEED=<seed> npm run fuzz` replays a run case by case.
//
// Each case is sent from its own loopback address (127.77.x.y), so per-address rate limits neither
// stop the fuzzer nor use up the allowance of the browser tests, which sign from 127.0.0.1.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { STRIPE_ID } from "../../lib/donations/stripe-ids";
import { testEnv } from "../support/test-env";
import { type FuzzCase, fuzzCase } from "./fuzz-cases";
import { sendCase } from "./send-case";

const env = testEnv();
const SEED = env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31);
const CASES = env.FUZZ_CASES;
const CONCURRENCY = 4;

test.setTimeout((env.FUZZ_SECONDS + 180) * 1000);

interface RowCounts {
  pledges: number;
  donations: number;
  staff: number;
}

async function rowCounts(pool: pg.Pool): Promise<RowCounts> {
  const result = await pool.query<RowCounts>(`SELECT
      (SELECT count(*)::int FROM "Pledge") AS "pledges",
      (SELECT count(*)::int FROM "Donation") AS "donations",
      (SELECT count(*)::int FROM "User") AS "staff"`);
  const [row] = result.rows;
  if (!row) throw new Error("no counts");
  return row;
}

test("every public input answers < 500 and writes nothing from invalid input", async ({
  baseURL,
}) => {
  if (!baseURL || !env.E2E_DATABASE_URL) throw new Error("run through playwright.config.ts");
  const origin = new URL(baseURL);
  const port = Number(origin.port);
  console.log(`fuzz: seed ${SEED}, ${CASES} cases (replay: FUZZ_SEED=${SEED} npm run fuzz)`);

  const pool = new pg.Pool({ connectionString: env.E2E_DATABASE_URL, max: 2 });
  try {
    // A real form token, old enough by the time the cases use it.
    const tokenResponse = await fetch(`http://127.0.0.1:${port}/api/pledges`);
    const { formToken, minimumSeconds } = (await tokenResponse.json()) as {
      formToken: string;
      minimumSeconds: number;
    };
    await new Promise((resolve) => setTimeout(resolve, minimumSeconds * 1000 + 200));

    const run = SEED.toString(36);
    const cases: FuzzCase[] = fc.sample(fuzzCase({ formToken, run, origin: baseURL }), {
      seed: SEED,
      numRuns: CASES,
    });
    const before = await rowCounts(pool);

    const deadline = Date.now() + env.FUZZ_SECONDS * 1000;
    const failures: string[] = [];
    const statuses = new Map<string, Map<number, number>>();
    let sent = 0;
    let next = 0;
    const worker = async () => {
      while (next < cases.length && Date.now() < deadline) {
        const index = next;
        next += 1;
        const item = cases[index];
        if (!item) break;
        const status = await sendCase(item, { port, index });
        sent += 1;
        const byTarget = statuses.get(item.target) ?? new Map<number, number>();
        byTarget.set(status, (byTarget.get(status) ?? 0) + 1);
        statuses.set(item.target, byTarget);
        if (status >= 500 || status === 0) {
          failures.push(
            `#${index} ${item.target}: ${status === 0 ? "no answer" : status} for ${item.method} ${item.path} ${JSON.stringify(item.body ?? "").slice(0, 300)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // Let requests the server may still be finishing settle, then count.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = await rowCounts(pool);
    const validEmails = new Set(
      cases.flatMap((item) => (item.validEmail ? [item.validEmail.toLowerCase()] : [])),
    );
    const newPledges = await pool.query<{ email: string }>(
      `SELECT "email" FROM "Pledge" WHERE "email" ILIKE $1`,
      [`%fz${run}.%`],
    );
    const invalidPledges = newPledges.rows.filter(
      (row) => !validEmails.has(row.email.toLowerCase()),
    );
    // The fuzzer's webhook events are all unusable by construction, so none of their ids may be
    // recorded. (Counted by id: the emulator may still be delivering a browser test's delayed
    // events, a bank debit's say, and those are recorded, with their payments, while this runs.)
    const sentEventIds = cases.flatMap((item) => {
      if (item.body?.kind !== "signed") return [];
      try {
        const id: unknown = (JSON.parse(item.body.payload) as { id?: unknown } | null)?.id;
        // Only an id the app could store (a NUL, say, cannot even be asked about).
        return typeof id === "string" && STRIPE_ID.test(id) ? [id] : [];
      } catch {
        return [];
      }
    });
    const recordedEvents = await pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "StripeEvent" WHERE "id" = ANY($1)`,
      [sentEventIds],
    );
    const written = {
      invalidPledges: invalidPledges.length,
      // The fuzzer's donate forms are all invalid by construction, and sign-in never creates a
      // staff account.
      donations: after.donations - before.donations,
      stripeEvents: recordedEvents.rows[0]?.count ?? 0,
      staff: after.staff - before.staff,
    };
    const fromInvalid = Object.values(written).reduce((sum, count) => sum + count, 0);
    if (fromInvalid > 0) console.log(`fuzz: rows from invalid input: ${JSON.stringify(written)}`);
    if (written.donations > 0) {
      const newest = await pool.query(
        `SELECT * FROM "Donation" ORDER BY "createdAt" DESC LIMIT $1`,
        [written.donations],
      );
      for (const row of newest.rows)
        console.log(`fuzz: donation from invalid input: ${JSON.stringify(row)}`);
    }

    for (const [target, byStatus] of [...statuses].sort()) {
      const histogram = [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(" ");
      console.log(`fuzz: ${target.padEnd(22)} ${histogram}`);
    }
    const fiveXx = failures.length;
    console.log(
      `fuzz: ${sent} cases run, ${fiveXx} answered 5xx or not at all, ${fromInvalid} rows from invalid input (seed ${SEED})`,
    );
    for (const failure of failures.slice(0, 20)) console.log(`fuzz: ${failure}`);

    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(invalidPledges, `seed ${SEED}`).toEqual([]);
    expect(fromInvalid, `seed ${SEED}`).toBe(0);
    // All of them, unless FUZZ_SECONDS ran out first (then say so).
    expect(sent, `ran out of time after ${sent} cases`).toBe(cases.length);
  } finally {
    await pool.end();
  }
});
