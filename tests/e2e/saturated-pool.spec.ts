// Under load, degrade, do not fall (issue 14): with a deliberately small pool (one connection) held
// up by a lock, a crowd of pledges is answered, each one, either 201 (and stored once) or 503 with
// a Retry-After and a sentence for a person, never a 500 and never a hang; the pages keep serving
// meanwhile; once the lock is gone the next pledge is recorded, and the rows are exactly the 201s.
import { expect, test } from "@playwright/test";
import pg from "pg";
import messages from "../../messages/en/pledge.json" with { type: "json" };
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { testEnv } from "../support/test-env";

const { E2E_PORT } = testEnv();
const CROWD = 60;
// Far above the pool's wait (1 s) and the statement timeout (3 s): a request still open then hangs.
const HANG_GUARD_MS = 10_000;

let app: ExtraAppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startExtraAppServer(E2E_PORT + 17, {
    STRIPE_EMULATOR_PORT: String(E2E_PORT + 9031 + 17),
    DATABASE_POOL_SIZE: "1",
    DATABASE_CONNECT_TIMEOUT_MS: "1000",
    PLEDGE_MIN_SUBMIT_SECONDS: "0",
    PLEDGE_RATE_LIMIT_BURST: "100000",
    PLEDGE_DOMAIN_RATE_LIMIT_BURST: "100000",
  });
});

test.afterAll(async () => {
  await app?.stop();
});

async function pledge(email: string, formToken: string) {
  try {
    const response = await fetch(`${app.baseUrl}/api/pledges`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        displayName: "Crowd",
        email,
        country: "KE",
        consent: true,
        formToken,
      }),
      signal: AbortSignal.timeout(HANG_GUARD_MS),
    });
    const body = (await response.json()) as { message?: string };
    return {
      email,
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      message: body.message,
    };
  } catch (error) {
    return { email, status: 0, retryAfter: null, message: String(error) };
  }
}

const SHELL_PAGES = [
  "/en/what-is-human-trafficking",
  "/en",
  "/en/pledge",
  "/en/donate",
  "/en/supporters",
];

test("a saturated pool answers every pledge 201 or 503 with Retry-After, and loses none", async () => {
  test.setTimeout(120_000);
  const { formToken } = (await (await fetch(`${app.baseUrl}/api/pledges`)).json()) as {
    formToken: string;
  };
  expect((await pledge("before-crowd@example.org", formToken)).status).toBe(201);
  // Warm the public figures' cache and the pages' (decision 034), which are served while the
  // database is busy.
  expect((await fetch(`${app.baseUrl}/api/stats`)).status).toBe(200);
  for (const path of SHELL_PAGES) expect((await fetch(`${app.baseUrl}${path}`)).status).toBe(200);

  // Another session holds the counter table: every pledge's statement waits on it, so the app's
  // one connection stays busy and the rest of the crowd waits for it.
  const blocker = new pg.Client({ connectionString: app.databaseUrl });
  await blocker.connect();
  await blocker.query("BEGIN");
  await blocker.query('LOCK TABLE "CounterShard" IN EXCLUSIVE MODE');
  let answers: Awaited<ReturnType<typeof pledge>>[] = [];
  try {
    const crowd = Promise.all(
      Array.from({ length: CROWD }, (_, index) => pledge(`crowd-${index}@example.org`, formToken)),
    );
    // Meanwhile the pages serve from their cached copies, counter and all, and so do the figures.
    for (const path of SHELL_PAGES) {
      const page = await fetch(`${app.baseUrl}${path}`, {
        signal: AbortSignal.timeout(HANG_GUARD_MS),
      });
      expect(page.status, path).toBe(200);
      if (path === "/en/pledge") expect(await page.text()).toContain("data-pledge-count=");
    }
    const stats = await fetch(`${app.baseUrl}/api/stats`, {
      signal: AbortSignal.timeout(HANG_GUARD_MS),
    });
    expect(stats.status).toBe(200);
    answers = await crowd;
  } finally {
    await blocker.query("ROLLBACK");
    await blocker.end();
  }

  const busy = answers.filter((answer) => answer.status === 503);
  const accepted = answers.filter((answer) => answer.status === 201);
  expect(answers.filter((answer) => answer.status !== 201 && answer.status !== 503)).toEqual([]);
  expect(busy.length).toBeGreaterThan(0);
  for (const answer of busy) {
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    // "... Please sign again in 30 seconds: ...": the sentence names the Retry-After.
    expect(answer.message).toContain(messages.Pledge.unavailable.split("{")[0]);
    expect(answer.message).toContain(`${answer.retryAfter} seconds`);
  }

  // After the lock, the next pledge is recorded, and the rows are exactly the accepted ones.
  expect((await pledge("after-crowd@example.org", formToken)).status).toBe(201);
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ email: string }>('SELECT "email" FROM "Pledge"');
    const counted = await client.query<{ total: number }>(
      `SELECT coalesce(sum("value"), 0)::int AS "total" FROM "CounterShard" WHERE "metric" = 'pledges'`,
    );
    const stored = new Set(rows.rows.map((row) => row.email));
    // Every 201 is stored; a 503 may have been stored by a statement that finished after the app
    // gave up on it (the sentence asks to sign again, which never counts twice); nothing else is.
    for (const email of ["before-crowd@example.org", "after-crowd@example.org"]) {
      expect(stored.has(email)).toBe(true);
    }
    for (const answer of accepted) expect(stored.has(answer.email), answer.email).toBe(true);
    const answered = new Set(answers.map((answer) => answer.email));
    for (const email of stored) {
      if (email.startsWith("crowd-")) expect(answered.has(email)).toBe(true);
    }
    expect(rows.rowCount).toBe(stored.size);
    expect(counted.rows[0]?.total).toBe(stored.size);
  } finally {
    await client.end();
  }
});
