// `npm run bench` (second part), or `npx tsx --conditions=react-server bench/body-cap.ts`: what a
// 200 MB body costs the server. It starts the production build on a fresh database (as
// bench/pledges.ts does), warms every endpoint that takes a body with a small one, then streams
// 200 MB in chunks (no Content-Length) to each, `--rounds` times, and prints the server's resident
// memory (the app's whole process tree: the tsx wrappers, `next start`, the Stripe emulator) before
// and after, with the statuses. Loopback only. A
// benchmark: it prints figures, and fails only if an endpoint does not answer 413.
//
// Options: --port <n> (default 3310), --rounds <n> (default 3), --megabytes <n> (default 200).
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readBuildRecord } from "@/lib/build-record";
import { bodyCapTargets } from "@/tests/support/body-cap-targets";
import { sendHugeBody } from "@/tests/support/send-huge-body";
import { treeRssBytes } from "./process-tree";
import { startBenchApp } from "./start-bench-app";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: "3310" },
    rounds: { type: "string", default: "3" },
    megabytes: { type: "string", default: "200" },
  },
});
const port = Number(options.port);
const rounds = Number(options.rounds);
const bytes = Number(options.megabytes) * 1024 * 1024;
const app = await startBenchApp(port, {
  STRIPE_EMULATOR: "true",
  STRIPE_EMULATOR_PORT: String(port + 9000),
  STRIPE_WEBHOOK_SECRET: "whsec_bench_body_cap",
});
const { base } = app;

// Auth.js answers only for the site's own host (decision 013), which is the build's SITE_URL, not
// the address the benchmark reaches the server at; so every request names that host.
const siteHost = new URL(
  readBuildRecord(join(process.cwd(), ".next"))?.baked.SITE_URL ?? `http://localhost:${port}`,
).host;
const targets = bodyCapTargets().map((target) => ({
  ...target,
  headers: { ...target.headers, host: siteHost },
}));

const mib = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MiB`;
await app.runThenExit(async () => {
  let exitCode = 0;
  const { pid } = app;
  // Warm every route, small bodies and then 20 MB ones over the caps, so code loaded and caches
  // filled on first use are not counted as growth. The first large body a page path refuses costs
  // a one-time step of about 28 MiB whatever its size (20 MB and 200 MB alike, measured): printed
  // apart, as the cold cost, so the rounds below show what each further body costs.
  const cold = treeRssBytes(pid);
  for (const target of targets) {
    await fetch(`${base}${target.path}`, { method: "POST", headers: target.headers, body: "{}" });
    await sendHugeBody(`${base}${target.path}`, 20 * 1024 * 1024, target.headers);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const before = treeRssBytes(pid);
  console.log(`\nserver RSS cold      ${mib(cold)}   warmed (20 MB bodies) ${mib(before)}`);
  let peak = before;
  console.log(`\nBody cap: ${options.megabytes} MB chunked bodies, ${rounds} round(s)\n`);
  for (let round = 1; round <= rounds; round += 1) {
    for (const target of targets) {
      const started = Date.now();
      const result = await sendHugeBody(`${base}${target.path}`, bytes, target.headers);
      const now = treeRssBytes(pid);
      peak = Math.max(peak, now);
      if (result.status !== 413) exitCode = 1;
      console.log(
        `${target.name.padEnd(28)} ${result.status}   sent ${mib(result.sent).padStart(10)}   ${String(Date.now() - started).padStart(5)} ms   server RSS ${mib(now)}`,
      );
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = treeRssBytes(pid);
  console.log(`\nserver RSS before    ${mib(before)}`);
  console.log(`server RSS after     ${mib(after)}`);
  console.log(`server RSS peak      ${mib(peak)}`);
  console.log(`growth (after)       ${mib(after - before)}`);
  if (exitCode !== 0) console.error("\nAn endpoint answered something other than 413.");
  return exitCode;
});
