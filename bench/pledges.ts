// `npm run bench`: how many pledges per second the app records, how many stats reads it serves, and
// a trivial route of the same server as the baseline; then checks that every accepted pledge is in
// the database exactly once and that the public counter equals the rows. A benchmark, not a test:
// it prints figures and fails only if the data is wrong, never on time.
//
// It runs the production build (`npm run build` first) through `npm start`'s own start-up against a
// fresh database on TEST_DATABASE_URL's server (or the embedded test PostgreSQL), which it drops
// afterwards. All load comes from one address, so the server it starts gets a per-IP pledge limit
// high enough not to interfere (PLEDGE_RATE_LIMIT_BURST, PLEDGE_DOMAIN_RATE_LIMIT_BURST) and no minimum form time
// (PLEDGE_MIN_SUBMIT_SECONDS=0). These are settings of the server process, so the public cannot
// lift a real deployment's limits; the limiter itself still runs on every pledge and is measured.
//
// It runs twice: one web process (WEB_CONCURRENCY=1), then one per core (`npm start`'s default),
// and prints each figure of the second against the first.
//
// Options: --duration <s> (per phase, default 10), --connections <n> (default 50),
//          --port <n> (default 3300), --pool <n> (the server's DATABASE_POOL_SIZE, default 10),
//          --workers <n> (the second run's WEB_CONCURRENCY; default: one per core),
//          --keep (leave the database for a look afterwards).
import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { LIFTED_PLEDGE_LIMITS, rate, startBenchApp } from "./start-bench-app";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3300" },
    pool: { type: "string", default: "10" },
    workers: { type: "string", default: String(availableParallelism()) },
    keep: { type: "boolean", default: false },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);

function summarise(label: string, result: Result): string {
  const codes = Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  return `${label.padEnd(22)} ${rate(result).toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   [${codes}]${result.errors ? `  errors ${result.errors}` : ""}${result.timeouts ? `  timeouts ${result.timeouts}` : ""}`;
}

const COUNTRIES = ["KE", "BR", "IN", "FR", "US", "NG", "PH", "MX", "DE", "JP"];

async function countRows(benchDatabaseUrl: string): Promise<{ rows: number; counter: number }> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl });
  await client.connect();
  try {
    const rows = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Pledge" WHERE "status" = 'ACTIVE'`,
    );
    const counter = await client.query<{ total: string }>(
      `SELECT COALESCE(SUM("value"), 0)::text AS total FROM "CounterShard" WHERE "metric" = 'pledges'`,
    );
    return { rows: rows.rows[0]?.n ?? -1, counter: Number(counter.rows[0]?.total) };
  } finally {
    await client.end();
  }
}

interface Figures {
  health: number;
  stats: number;
  pledges: number;
  correct: boolean;
}

/** One server with `workers` web processes on a fresh database: its figures and its data check. */
async function measure(workers: number): Promise<Figures> {
  const app = await startBenchApp(
    port,
    {
      DATABASE_POOL_SIZE: options.pool ?? "10",
      WEB_CONCURRENCY: String(workers),
      ...LIFTED_PLEDGE_LIMITS,
    },
    { keep: options.keep },
  );
  try {
    return await measureOn(app.base, app.databaseUrl, workers);
  } finally {
    await app.stop();
  }
}

async function measureOn(
  base: string,
  benchDatabaseUrl: string,
  workers: number,
): Promise<Figures> {
  const countRowsHere = () => countRows(benchDatabaseUrl);
  const initial = await countRowsHere();
  if (initial.rows !== 0 || initial.counter !== 0) {
    console.log(
      `Note: the new database already holds ${initial.rows} pledges (counter ${initial.counter}).`,
    );
  }
  const { formToken } = (await (await fetch(`${base}/api/pledges`)).json()) as {
    formToken: string;
  };
  const run = randomBytes(3).toString("hex");
  let sequence = 0;
  const accepted: string[] = [];

  const baseline = { url: base, connections, duration, timeout: 30 };
  // Warm the routes (first requests compile nothing in production, but fill caches and pools).
  await autocannon({ ...baseline, url: `${base}/api/health`, duration: 2 });
  await autocannon({ ...baseline, url: `${base}/api/stats`, duration: 2 });

  console.log(
    `\nBenchmark: ${workers} web process${workers === 1 ? "" : "es"}, ${connections} connections, ${duration} s per route, server pool ${options.pool} each\n`,
  );
  const health = await autocannon({ ...baseline, url: `${base}/api/health`, title: "health" });
  console.log(summarise("GET /api/health", health));
  const stats = await autocannon({ ...baseline, url: `${base}/api/stats`, title: "stats" });
  console.log(summarise("GET /api/stats", stats));
  const pledges = await autocannon({
    ...baseline,
    url: `${base}/api/pledges`,
    title: "pledges",
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request, context) => {
          sequence += 1;
          const email = `bench-${run}-${sequence}@example.org`;
          context.email = email;
          return {
            ...request,
            body: JSON.stringify({
              displayName: `Bench ${sequence}`,
              email,
              country: COUNTRIES[sequence % COUNTRIES.length],
              showOnWall: sequence % 3 === 0,
              consent: true,
              formToken,
            }),
          };
        },
        onResponse: (status, _body, context) => {
          if (status === 201 && typeof context.email === "string") accepted.push(context.email);
        },
      },
    ],
  });
  console.log(summarise("POST /api/pledges", pledges));

  const healthRate = rate(health);
  console.log(`\npledges/s            ${rate(pledges).toFixed(0)}`);
  console.log(`stats reads/s        ${rate(stats).toFixed(0)}`);
  console.log(`baseline req/s       ${healthRate.toFixed(0)}   (GET /api/health)`);
  console.log(`pledges / baseline   ${(rate(pledges) / healthRate).toFixed(3)}`);
  console.log(`stats / baseline     ${(rate(stats) / healthRate).toFixed(3)}`);

  // The server may still be finishing requests that autocannon stopped waiting for: wait until the
  // rows stop changing, then check everything in one snapshot.
  let settled = await countRowsHere();
  for (let attempt = 0; attempt < 60; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await countRowsHere();
    if (now.rows === settled.rows && now.counter === settled.counter) break;
    settled = now;
  }

  // The data check, straight from the database.
  const client = new pg.Client({ connectionString: benchDatabaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const rows = await client.query<{ email: string; n: number }>(
      `SELECT "email", count(*)::int AS n FROM "Pledge" WHERE "email" LIKE $1 GROUP BY "email"`,
      [`bench-${run}-%`],
    );
    const inDatabase = new Map(rows.rows.map((row) => [row.email, row.n]));
    const lost = accepted.filter((email) => !inDatabase.has(email)).length;
    const doubled = rows.rows.filter((row) => row.n > 1).length;
    const acceptedSet = new Set(accepted);
    const unanswered = rows.rows.filter((row) => !acceptedSet.has(row.email)).length;
    const counted = await client.query<{ total: string }>(
      `SELECT COALESCE(SUM("value"), 0)::text AS total FROM "CounterShard" WHERE "metric" = 'pledges'`,
    );
    const byCountry = await client.query<{ total: string }>(
      `SELECT COALESCE(SUM("value"), 0)::text AS total FROM "CounterShard" WHERE "metric" = 'pledges_by_country'`,
    );
    const activeRows = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Pledge" WHERE "status" = 'ACTIVE'`,
    );
    const counter = Number(counted.rows[0]?.total);
    const countryCounter = Number(byCountry.rows[0]?.total);
    const active = activeRows.rows[0]?.n ?? -1;

    console.log(`\naccepted (201)       ${accepted.length}`);
    console.log(`rows in database     ${rows.rowCount}`);
    console.log(`lost (201, no row)   ${lost}`);
    console.log(`doubled              ${doubled}`);
    console.log(`rows without a 201   ${unanswered}   (requests cut off at the end of the run)`);
    console.log(`counter / rows       ${counter} / ${active}`);
    console.log(`country counters     ${countryCounter} / ${active}`);
    const correct =
      lost === 0 &&
      doubled === 0 &&
      counter === active &&
      countryCounter === active &&
      accepted.length > 0;
    console.log(correct ? "\nData check: OK" : "\nData check: FAILED");
    await client.query("COMMIT");
    return { health: healthRate, stats: rate(stats), pledges: rate(pledges), correct };
  } finally {
    await client.end();
  }
}

const manyWorkers = Number(options.workers);
try {
  const one = await measure(1);
  const many = await measure(manyWorkers);
  console.log(`\n${manyWorkers} web processes against 1 (same machine, same run)`);
  for (const key of ["health", "stats", "pledges"] as const) {
    console.log(
      `${key.padEnd(20)} ${one[key].toFixed(0).padStart(6)} -> ${many[key].toFixed(0).padStart(6)} req/s   ${(many[key] / one[key]).toFixed(2)}x`,
    );
  }
  console.log(
    `POST /api/pledges goal: 1,000/s with 0 lost and 0 doubled (now ${many.pledges.toFixed(0)}/s)`,
  );
  process.exit(one.correct && many.correct ? 0 : 1);
} catch (error) {
  console.error(error);
  process.exit(1);
}
