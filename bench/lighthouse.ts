// `npm run bench` (Lighthouse part), or `npx tsx --conditions=react-server bench/lighthouse.ts`:
// Lighthouse 12 (mobile, its default throttling) on the pages a visitor lands on, in Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium): the performance score, the largest contentful
// paint and the JavaScript the page loads (bytes over the wire, compressed as sent), each with its
// goal beside it (issue 14). A benchmark, not a test: it fails only if a page does not load or
// Lighthouse reports no figures, never on a score.
//
// It starts the production build (`npm run build` first) on a fresh database, like the others.
// Options: --port <n> (default 3340), --runs <n> per page (default 1; the median is printed).
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startBenchApp } from "./start-bench-app";

const { values: options } = parseArgs({
  options: {
    port: { type: "string", default: "3340" },
    runs: { type: "string", default: "1" },
  },
});
const port = Number(options.port);
const runs = Math.max(1, Number(options.runs));

const PAGES = ["/en", "/en/pledge", "/en/donate", "/en/what-is-human-trafficking"];
const GOALS = { score: 100, lcpMs: 1500, scriptKb: 90 } as const;

interface Figures {
  score: number;
  lcpMs: number;
  scriptKb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const app = await startBenchApp(port, {});

await app.runThenExit(async () => {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  let dataOk = true;
  try {
    console.log(`\nLighthouse ${runs === 1 ? "" : `(median of ${runs} runs) `}on a mobile profile`);
    for (const path of PAGES) {
      const url = `http://localhost:${port}${path}`;
      // The first visit renders the page into the cache (decision 034); Lighthouse measures the
      // page as visitors get it.
      await fetch(url);
      const measured: Figures[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        });
        const lhr = result?.lhr;
        const score = lhr?.categories.performance?.score;
        const lcp = lhr?.audits["largest-contentful-paint"]?.numericValue;
        const summary = lhr?.audits["resource-summary"]?.details as
          | { items?: { resourceType: string; transferSize: number }[] }
          | undefined;
        const scripts = summary?.items?.find((item) => item.resourceType === "script");
        if (typeof score !== "number" || typeof lcp !== "number" || scripts === undefined) {
          console.log(
            `  DATA: ${path}: Lighthouse reported no figures (${lhr?.runtimeError?.message ?? "no result"})`,
          );
          dataOk = false;
          continue;
        }
        measured.push({ score: score * 100, lcpMs: lcp, scriptKb: scripts.transferSize / 1024 });
      }
      if (measured.length === 0) continue;
      const score = median(measured.map((figures) => figures.score));
      const lcpMs = median(measured.map((figures) => figures.lcpMs));
      const scriptKb = median(measured.map((figures) => figures.scriptKb));
      console.log(
        `  ${path.padEnd(34)} performance ${String(Math.round(score)).padStart(3)} (goal ${GOALS.score})` +
          `  LCP ${(lcpMs / 1000).toFixed(2)} s (goal <= ${GOALS.lcpMs / 1000} s)` +
          `  JS ${scriptKb.toFixed(0)} KB (goal <= ${GOALS.scriptKb} KB)`,
      );
    }
  } finally {
    await chrome.kill();
  }
  console.log(dataOk ? "\nData check: OK" : "\nData check: FAILED");
  return dataOk ? 0 : 1;
});
