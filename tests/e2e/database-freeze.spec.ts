// A database that stops answering (issue 9): its server frozen with SIGSTOP, as a hung host or a
// stalled disk would leave it. A production server of its own on a PostgreSQL of its own (freezing
// the shared test server would freeze every other test): a pledge during the freeze is answered 503
// with a Retry-After, by the pool's timeouts, not by the client giving up; after SIGCONT the next
// pledge is recorded; the rows and the counter agree throughout.
import { readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import type { EmbeddedServer } from "../../lib/database/embedded-postgres";
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { testEnv } from "../support/test-env";

const PORT = testEnv().E2E_PORT + 7;
const DATABASE_PORT = testEnv().E2E_PORT + 9100;
const DATA_DIR = join(".data", "test", `freeze-${DATABASE_PORT}`);
// Far above the pool's timeouts (3 s and 3.5 s): a request still open then is one that hangs.
const HANG_GUARD_MS = 10_000;

/** The PostgreSQL server and every backend it has started (Linux: read from /proc). */
function serverProcesses(clusterDir: string): number[] {
  const postmaster = Number.parseInt(
    readFileSync(join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "",
    10,
  );
  const children = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // The parent pid is the fourth field, after the command name in parentheses.
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

test.describe("a frozen database", () => {
  test.describe.configure({ mode: "serial" });
  let database: EmbeddedServer;
  let app: ExtraAppServer;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // Imported here, in the worker (react-server condition): the runner also loads spec files.
    const { startEmbeddedPostgres } = await import("../../lib/database/embedded-postgres");
    await rm(DATA_DIR, { recursive: true, force: true });
    database = await startEmbeddedPostgres({
      dataDir: DATA_DIR,
      port: DATABASE_PORT,
      database: "blueheart",
      purpose: "the database-freeze test",
    });
    // `npm start` applies the migrations to it.
    app = await startExtraAppServer(PORT, {
      DATABASE_URL: database.url,
      PLEDGE_MIN_SUBMIT_SECONDS: "0",
    });
  });

  test.afterAll(async () => {
    await app?.stop();
    await database?.stop();
    await rm(DATA_DIR, { recursive: true, force: true });
  });

  async function pledge(email: string): Promise<Response> {
    const token = (await (await fetch(`${app.baseUrl}/api/pledges`)).json()) as {
      formToken: string;
    };
    return fetch(`${app.baseUrl}/api/pledges`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        displayName: "Frozen",
        email,
        country: "KE",
        consent: true,
        formToken: token.formToken,
      }),
      signal: AbortSignal.timeout(HANG_GUARD_MS),
    });
  }

  async function counts(): Promise<{ rows: number; counted: number; emails: string[] }> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = await client.query<{ email: string }>('SELECT "email" FROM "Pledge"');
      const counted = await client.query<{ total: number }>(
        `SELECT coalesce(sum("value"), 0)::int AS "total" FROM "CounterShard" WHERE "metric" = 'pledges'`,
      );
      return {
        rows: rows.rowCount ?? 0,
        counted: counted.rows[0]?.total ?? -1,
        emails: rows.rows.map((row) => row.email).sort(),
      };
    } finally {
      await client.end();
    }
  }

  test("a pledge is answered 503 with a retry hint, and the next one after the thaw is recorded", async () => {
    test.setTimeout(120_000);
    // Before: the pool holds a working connection, which the freeze then leaves unanswered.
    expect((await pledge("before-freeze@example.org")).status).toBe(201);

    const frozen = serverProcesses(database.clusterDir);
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    const answers: Array<{ status: number; retryAfter: string | null; body: unknown }> = [];
    try {
      // The first waits on the connection it already has, the second on a new one.
      for (const email of ["during-freeze-1@example.org", "during-freeze-2@example.org"]) {
        const started = performance.now();
        const response = await pledge(email);
        // A figure for the record, not an assertion (the guard above is the limit).
        console.log(
          `a pledge against the frozen database: ${response.status} after ${Math.round(performance.now() - started)} ms`,
        );
        answers.push({
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
          body: await response.json(),
        });
      }
    } finally {
      for (const pid of frozen.toReversed()) process.kill(pid, "SIGCONT");
    }
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.body).toMatchObject({ status: "unavailable" });
    }
    // The pool's own limits ended each wait (pg's read or connection timeout), not the guard.
    expect(app.output()).toMatch(/Query read timeout|timeout expired|connection timeout/);

    expect((await pledge("after-thaw@example.org")).status).toBe(201);
    // A statement the app gave up on reached the database before the freeze and may run after the
    // thaw (a pledge is one statement): such a pledge may be stored, once, and counted. Signing
    // again, as the 503 asks, is accepted and counts nobody twice.
    for (const email of ["during-freeze-1@example.org", "during-freeze-2@example.org"]) {
      expect((await pledge(email)).status).toBe(201);
    }
    expect(await counts()).toEqual({
      rows: 4,
      counted: 4,
      emails: [
        "after-thaw@example.org",
        "before-freeze@example.org",
        "during-freeze-1@example.org",
        "during-freeze-2@example.org",
      ],
    });
  });
});
