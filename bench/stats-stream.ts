// `npm run bench` (live counter part), or `npx tsx --conditions=react-server bench/stats-stream.ts`:
// what the live counter's streams cost one instance (issue 14). One web process on a fresh
// database; pledges arrive at a steady rate first with no stream open, then with N streams open
// (GET /api/stats/stream), and the web process's memory and CPU are read from /proc in both
// phases. Then, with the pledges stopped, every stream must have received the final count, and
// each stream's update rate must stay coalesced (a few a second, whatever the pledge rate).
// A benchmark, not a test: it fails only if the data is wrong, never on speed.
//
// Options: --streams <n> (default 1000), --rate <pledges/s> (default 100),
//          --duration <s> (per phase, default 15), --port <n> (default 3340).
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { readBuildRecord } from "@/lib/build-record";
import { readEventStream } from "@/tests/support/server-sent-events";
import { webServerUsage } from "./process-tree";
import { LIFTED_PLEDGE_LIMITS, startBenchApp } from "./start-bench-app";

const { values: options } = parseArgs({
  options: {
    streams: { type: "string", default: "1000" },
    rate: { type: "string", default: "100" },
    duration: { type: "string", default: "15" },
    port: { type: "string", default: "3340" },
  },
});
const streamCount = Number(options.streams);
const pledgeRate = Number(options.rate);
const duration = Number(options.duration);
const port = Number(options.port);

const app = await startBenchApp(port, {
  ...LIFTED_PLEDGE_LIMITS,
  WEB_CONCURRENCY: "1",
  LIVE_COUNTER_MAX_STREAMS: String(streamCount + 100),
});
const siteHost = new URL(
  readBuildRecord(join(process.cwd(), ".next"))?.baked.SITE_URL ?? `http://localhost:${port}`,
).host;

const COUNTRIES = ["KE", "BR", "IN", "FR", "US", "NG", "PH", "MX", "DE", "JP"];
const run = randomBytes(3).toString("hex");
let sequence = 0;

/** Pledges at `pledgeRate` a second for `seconds`, each a new person: how many were accepted. */
async function pledgeSteadily(formToken: string, seconds: number): Promise<number> {
  let accepted = 0;
  await autocannon({
    url: `${app.base}/api/pledges`,
    connections: 10,
    overallRate: pledgeRate,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", host: siteHost },
        setupRequest: (request) => {
          sequence += 1;
          return {
            ...request,
            body: JSON.stringify({
              displayName: `Stream ${sequence}`,
              email: `stream-${run}-${sequence}@example.org`,
              country: COUNTRIES[sequence % COUNTRIES.length],
              showOnWall: false,
              consent: true,
              formToken,
            }),
          };
        },
        onResponse: (status) => {
          if (status === 201) accepted += 1;
        },
      },
    ],
  });
  return accepted;
}

/** The web process's memory, and its CPU use (share of one core) while `work` runs. */
async function measured(work: () => Promise<unknown>) {
  const before = webServerUsage(app.pid);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const after = webServerUsage(app.pid);
  return { rssBytes: after.rssBytes, cpu: (after.cpuSeconds - before.cpuSeconds) / seconds };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const percent = (share: number) => `${(share * 100).toFixed(0)}% of a core`;

await app.runThenExit(async () => {
  const { formToken } = (await (
    await fetch(`${app.base}/api/pledges`, { headers: { host: siteHost } })
  ).json()) as { formToken: string };
  // Warm the routes and the pool.
  await pledgeSteadily(formToken, 2);

  console.log(
    `\nLive counter streams: ${streamCount} streams, ${pledgeRate} pledges/s, ${duration} s per phase, one web process\n`,
  );
  const idle = webServerUsage(app.pid);
  const noStreams = await measured(() => pledgeSteadily(formToken, duration));

  // One connection per stream, as N visitors' browsers would hold (fetch's pool opens as many as
  // there are requests in flight to one origin).
  const abort = new AbortController();
  const readers = await Promise.all(
    Array.from({ length: streamCount }, async () => {
      const response = await fetch(`${app.base}/api/stats/stream`, {
        headers: { host: siteHost },
        signal: abort.signal,
      });
      if (response.status !== 200 || response.body === null) {
        throw new Error(`A stream was refused: ${response.status}`);
      }
      return readEventStream(response.body);
    }),
  );
  const opened = webServerUsage(app.pid);
  const counts = (reader: (typeof readers)[number]) =>
    reader.events
      .filter((event) => event.event === "stats")
      .map((event) => (JSON.parse(event.data) as { pledges: number }).pledges);
  const eventsBefore = readers.reduce((sum, reader) => sum + counts(reader).length, 0);
  let accepted = 0;
  const withStreams = await measured(async () => {
    accepted = await pledgeSteadily(formToken, duration);
  });
  const eventsDuring =
    readers.reduce((sum, reader) => sum + counts(reader).length, 0) - eventsBefore;

  // The final figure, straight from the API (uncached: it is read after the last write settles).
  let finalCount = -1;
  let allCaughtUp = false;
  for (let attempt = 0; attempt < 30 && !allCaughtUp; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const stats = (await (
      await fetch(`${app.base}/api/stats`, { headers: { host: siteHost } })
    ).json()) as { pledges: number };
    finalCount = stats.pledges;
    allCaughtUp = readers.every((reader) => counts(reader).at(-1) === finalCount);
  }
  abort.abort();
  await Promise.all(readers.map((reader) => reader.cancel().catch(() => {})));

  const perStreamPerSecond = eventsDuring / streamCount / duration;
  console.log(`web process, idle                 ${mb(idle.rssBytes)}`);
  console.log(
    `pledges only                      ${mb(noStreams.rssBytes)}   ${percent(noStreams.cpu)}`,
  );
  console.log(
    `${String(streamCount).padEnd(5)} streams open, no pledges    ${mb(opened.rssBytes)}   (+${((opened.rssBytes - noStreams.rssBytes) / streamCount / 1024).toFixed(1)} KB a stream)`,
  );
  console.log(
    `${String(streamCount).padEnd(5)} streams + pledges           ${mb(withStreams.rssBytes)}   ${percent(withStreams.cpu)}   (streams add ${percent(withStreams.cpu - noStreams.cpu)})`,
  );
  console.log(
    `updates per stream               ${perStreamPerSecond.toFixed(2)}/s while ${pledgeRate} pledges/s arrived (${accepted} accepted)`,
  );
  const correct = allCaughtUp && accepted > 0;
  console.log(
    correct
      ? `\nData check: OK (every stream ended on ${finalCount}, the API's count)`
      : `\nData check: FAILED (the API says ${finalCount}; streams behind: ${readers.filter((reader) => counts(reader).at(-1) !== finalCount).length})`,
  );
  return correct ? 0 : 1;
});
