// `npm run bench` (pages part), or `npx tsx --conditions=react-server bench/pages.ts`: the public
// pages against the prerendered information page of the same server, the supporter's journey (GET
// the pledge page, then POST a pledge with the token it carries) in complete pledges per second,
// and `/api/stats` against a static file of the same server with 1,000 and then 1,000,000 pledges
// in the database (issue 14). Each figure is printed with its goal beside it. A benchmark, not a
// test: it fails only if the data is wrong (a page that does not answer 200, a journey pledge lost
// or doubled, a counter that differs from the rows), never on speed.
//
// It starts the production build (`npm run build` first) on a fresh database, like
// bench/pledges.ts, with the per-address pledge limits lifted and no minimum form time: all load
// comes from one address, and these are settings of the server process, not of a request.
//
// Options: --duration <s> (per route, default 10), --connections <n> (default 50),
//          --port <n> (default 3320), --million=false (skip the 1,000,000-pledge round), --keep.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { readBuildRecord } from "@/lib/build-record";
import { LIFTED_PLEDGE_LIMITS, rate, startBenchApp } from "./start-bench-app";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3320" },
    million: { type: "string", default: "true" },
    keep: { type: "boolean", default: false },
  },
});
const duration = Number(options.duration);
const connections = Number(options.connections);
const port = Number(options.port);
const app = await startBenchApp(port, LIFTED_PLEDGE_LIMITS, { keep: options.keep });
const { base } = app;
// Requests name the build's site host (the address pages and Auth.js are built for).
const siteHost = new URL(
  readBuildRecord(join(process.cwd(), ".next"))?.baked.SITE_URL ?? `http://localhost:${port}`,
).host;
const hostHeader = { host: siteHost };

/** The prerendered page every page is compared with (decision 014: served as built). */
// Each page at its English address: an address without a language is a redirect (decision 019).
const REFERENCE_PAGE = "/en/what-is-human-trafficking";
const PUBLIC_PAGES = [
  "/en",
  "/en/pledge",
  "/en/donate",
  "/en/supporters",
  "/en/blue-heart-campaign",
];
const PAGE_GOAL = 0.9;
const JOURNEY_GOAL = 500;
const STATS_GOAL = 0.9;

function codes(result: Result): string {
  return Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
}

function line(label: string, result: Result, ratio?: number, goal?: string): string {
  const figures = `${rate(result).toFixed(0).padStart(6)} req/s  p99 ${String(result.latency.p99).padStart(5)} ms`;
  const compared = ratio === undefined ? "" : `  ${ratio.toFixed(2)}x  (goal ${goal})`;
  return `${label.padEnd(42)} ${figures}${compared}  [${codes(result)}]`;
}

function load(path: string, seconds = duration): Promise<Result> {
  return autocannon({
    url: `${base}${path}`,
    connections,
    duration: seconds,
    timeout: 30,
    headers: hostHeader,
  });
}

/** Only 200s count as served: a redirect or an error page would flatter the figure. */
function allOk(result: Result): boolean {
  return result.non2xx === 0 && result.errors === 0 && result["2xx"] > 0;
}

/** A static file the server itself sends (a build asset), as small as the stats JSON. */
function staticFilePath(): string {
  const dir = join(process.cwd(), ".next", "static", "chunks");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, size: statSync(join(dir, name)).size }))
    .filter((file) => file.size >= 300)
    .sort((a, b) => a.size - b.size);
  const file = files[0];
  if (file === undefined) throw new Error("No build asset found under .next/static/chunks.");
  return `/_next/static/chunks/${file.name}`;
}

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Adds seeded pledges up to `total` rows, with their counters, as the app would count them. */
async function seedPledgesUpTo(total: number): Promise<void> {
  await withClient(async (client) => {
    const existing = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Pledge" WHERE "email" LIKE 'seed-%'`,
    );
    const from = (existing.rows[0]?.n ?? 0) + 1;
    const step = 100_000;
    for (let start = from; start <= total; start += step) {
      const end = Math.min(total, start + step - 1);
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Pledge" ("id", "createdAt", "updatedAt", "displayName", "email", "emailKey",
                               "country", "consentAt", "consentNoticeVersion")
         SELECT gen_random_uuid(), now(), now(), 'Seed ' || g, 'seed-' || g || '@example.org',
                'seed-' || g || '@example.org', 'KE', now(), 'bench'
           FROM generate_series($1::int, $2::int) AS g`,
        [start, end],
      );
      for (const [metric, key] of [
        ["pledges", ""],
        ["pledges_by_country", "KE"],
      ] as const) {
        await client.query(
          `INSERT INTO "CounterShard" ("metric", "key", "shard", "value") VALUES ($1, $2, 0, $3)
           ON CONFLICT ("metric", "key", "shard") DO UPDATE SET "value" = "CounterShard"."value" + $3`,
          [metric, key, end - start + 1],
        );
      }
      await client.query("COMMIT");
    }
  });
}

await app.runThenExit(async () => {
  let dataOk = true;
  console.log(
    `\nPages benchmark: ${connections} connections, ${duration} s per route, one server process\n`,
  );

  // Warm every route once (caches, pools, the proxy's script hashes).
  for (const path of [REFERENCE_PAGE, ...PUBLIC_PAGES, "/api/stats"]) await load(path, 2);

  // Pages: each measured right after the reference, so a busy moment hits both alike.
  console.log("Public pages against the prerendered page");
  for (const path of PUBLIC_PAGES) {
    const reference = await load(REFERENCE_PAGE);
    const page = await load(path);
    console.log(line(`  ${REFERENCE_PAGE} (prerendered)`, reference));
    console.log(line(`  ${path}`, page, rate(page) / rate(reference), `>= ${PAGE_GOAL}x`));
    console.log(
      `${"".padEnd(44)}p99 ${(page.latency.p99 / Math.max(1, reference.latency.p99)).toFixed(2)}x the reference's`,
    );
    if (!allOk(reference) || !allOk(page)) {
      console.log(`  DATA: ${path} or the reference answered something other than 200`);
      dataOk = false;
    }
  }

  // The supporter's journey: each connection GETs the pledge page, reads the form token out of the
  // HTML, and POSTs a pledge with it; a journey is complete when the POST answers 201.
  const run = Date.now().toString(36);
  let sequence = 0;
  const accepted: string[] = [];
  let tokensMissing = 0;
  const journey = await autocannon({
    url: base,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        method: "GET",
        path: "/en/pledge",
        headers: hostHeader,
        onResponse: (_status, body, context) => {
          const token = /name="formToken" value="([^"]+)"/.exec(body)?.[1];
          if (token === undefined) tokensMissing += 1;
          context.formToken = token ?? "";
        },
      },
      {
        method: "POST",
        path: "/api/pledges",
        headers: { ...hostHeader, "content-type": "application/json" },
        setupRequest: (request, context) => {
          sequence += 1;
          const email = `journey-${run}-${sequence}@example.org`;
          context.email = email;
          return {
            ...request,
            body: JSON.stringify({
              displayName: `Journey ${sequence}`,
              email,
              country: "KE",
              consent: true,
              formToken: context.formToken,
            }),
          };
        },
        onResponse: (status, _body, context) => {
          if (status === 201 && typeof context.email === "string") accepted.push(context.email);
        },
      },
    ],
  });
  const journeys = accepted.length / journey.duration;
  console.log("\nThe supporter's journey (GET /en/pledge, then POST /api/pledges with its token)");
  console.log(
    `  complete pledges/s ${journeys.toFixed(0).padStart(17)}  (goal >= ${JOURNEY_GOAL}/s)  p99 ${journey.latency.p99} ms per request  [${codes(journey)}]`,
  );
  if (tokensMissing > 0) {
    console.log(`  DATA: ${tokensMissing} pledge pages had no form token in their HTML`);
    dataOk = false;
  }

  // Wait for requests autocannon stopped waiting for, then check the journey's pledges.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await withClient(async (client) => {
    const rows = await client.query<{ email: string; n: number }>(
      `SELECT "email", count(*)::int AS n FROM "Pledge" WHERE "email" LIKE $1 GROUP BY "email"`,
      [`journey-${run}-%`],
    );
    const inDatabase = new Map(rows.rows.map((row) => [row.email, row.n]));
    const lost = accepted.filter((email) => !inDatabase.has(email)).length;
    const doubled = rows.rows.filter((row) => row.n > 1).length;
    console.log(`  accepted ${accepted.length}, lost ${lost}, doubled ${doubled}`);
    if (lost > 0 || doubled > 0 || accepted.length === 0) dataOk = false;
  });

  // /api/stats against a static file, with 1,000 and 1,000,000 pledges (the read sums counter
  // shards, so its cost should not grow with the pledges).
  const staticFile = staticFilePath();
  const rounds = options.million === "false" ? [1_000] : [1_000, 1_000_000];
  console.log(`\n/api/stats against a static file (${staticFile})`);
  for (const pledges of rounds) {
    const journeyRows = accepted.length;
    const started = Date.now();
    await seedPledgesUpTo(pledges);
    console.log(
      `  seeded ${pledges.toLocaleString("en")} pledges (+${journeyRows} from the journey) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    await load("/api/stats", 2);
    const file = await load(staticFile);
    const stats = await load("/api/stats");
    console.log(line("  static file", file));
    console.log(
      line(
        `  /api/stats, ${pledges.toLocaleString("en")} pledges`,
        stats,
        rate(stats) / rate(file),
        `>= ${STATS_GOAL}x`,
      ),
    );
    if (!allOk(file) || !allOk(stats)) {
      console.log("  DATA: /api/stats or the static file answered something other than 200");
      dataOk = false;
    }
  }

  // The public counter equals the rows that count.
  const served = (await (await fetch(`${base}/api/stats`, { headers: hostHeader })).json()) as {
    pledges?: number;
  };
  await withClient(async (client) => {
    const active = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Pledge" WHERE "status" = 'ACTIVE'`,
    );
    const counted = await client.query<{ total: string }>(
      `SELECT COALESCE(SUM("value"), 0)::text AS total FROM "CounterShard" WHERE "metric" = 'pledges'`,
    );
    const rows = active.rows[0]?.n ?? -1;
    const counter = Number(counted.rows[0]?.total);
    console.log(
      `\ncounter / rows       ${counter} / ${rows}   (/api/stats, up to 5 s old: ${served.pledges})`,
    );
    if (counter !== rows) dataOk = false;
  });

  console.log(dataOk ? "\nData check: OK" : "\nData check: FAILED");
  return dataOk ? 0 : 1;
});
