// `npm test`: every suite, against real PostgreSQL and a real browser.
//   1. a PostgreSQL server: TEST_DATABASE_URL, or the embedded one (data in .data/test);
//   2. Vitest (unit + integration, each integration file on its own database);
//   3. `next build`, then Playwright (Chromium) against `next start` on a fresh database.
// Ends with one line "N passed, N failed" over all suites and exits non-zero on any failure.
// Options: --no-e2e (Vitest only), --no-build (reuse the existing .next build).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { env } from "@/lib/env";
import { e2eBakedEnv } from "@/tests/support/e2e-app-env";
import { dropLeftoverTestDatabases, openTestServer } from "@/tests/support/test-database";
import { testEnv } from "@/tests/support/test-env";

const args = new Set(process.argv.slice(2));
const resultsDir = join(env.DATA_DIR, "test-results");
const bin = (name: string) => join(process.cwd(), "node_modules", ".bin", name);

/** Runs a suite; one that hangs is stopped after `limitMinutes` and counts as failed. */
function run(
  command: string,
  commandArgs: string[],
  extraEnv: Record<string, string> = {},
  limitMinutes = 20,
) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, commandArgs, {
      stdio: "inherit",
      env: { ...process.env, ...extraEnv },
    });
    const limit = setTimeout(() => {
      console.error(
        `\n${command} ${commandArgs[0]} ran over ${limitMinutes} minutes: stopping it.`,
      );
      child.kill("SIGKILL");
    }, limitMinutes * 60_000);
    child.on("exit", (code, signal) => {
      clearTimeout(limit);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
  /** The failed tests, "file > title: first line of the error", printed with the summary. */
  failures?: string[];
}

const firstLine = (text: string | undefined) =>
  (text ?? "")
    // Terminal colour codes (ESC [ ... m), which vitest's messages may carry.
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "")
    .split("\n")
    .find((line) => line.trim() !== "") ?? "";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** The failed tests of a vitest JSON report, and files that failed outside any test. */
function vitestFailures(report: VitestReport): string[] {
  return report.testResults.flatMap((file) => {
    const path = relative(process.cwd(), file.name);
    const failed = file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => `${path} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    return failed.length === 0 && file.message ? [`${path}: ${firstLine(file.message)}`] : failed;
  });
}

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    file: string;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

/** The tests of a Playwright JSON report that did not pass. */
function playwrightFailures(suites: PlaywrightSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map(
          (test) =>
            `${spec.file} > ${spec.title}: ${firstLine(test.results.at(-1)?.error?.message)}`,
        ),
    ),
    ...playwrightFailures(suite.suites),
  ]);
}

function readJson<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

const results: SuiteResult[] = [];
const started = Date.now();
const server = await openTestServer();
const suiteEnv = { TEST_DATABASE_URL: testEnv().TEST_DATABASE_URL ?? server.serverUrl };
await dropLeftoverTestDatabases(server.serverUrl);
rmSync(resultsDir, { recursive: true, force: true });

try {
  const vitestJson = join(resultsDir, "vitest.json");
  const vitestCode = await run(
    bin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
    suiteEnv,
  );
  const vitest = readJson<VitestReport>(vitestJson);
  results.push(
    vitest
      ? {
          name: "vitest (unit + integration)",
          passed: vitest.numPassedTests,
          // A file that fails before any test runs (an import, a setup hook) counts once.
          failed: Math.max(
            vitest.numFailedTests +
              vitest.testResults.filter(
                (file) =>
                  file.message && !file.assertionResults.some((test) => test.status === "failed"),
              ).length,
            vitestCode === 0 ? 0 : 1,
          ),
          skipped: vitest.numPendingTests + vitest.numTodoTests,
          failures: vitestFailures(vitest),
        }
      : {
          name: "vitest",
          passed: 0,
          failed: 1,
          skipped: 0,
          note: `exited ${vitestCode}, no report`,
        },
  );

  if (!args.has("--no-e2e")) {
    // Built for the browser tests' server: `npm start` refuses a build made for another address.
    const buildEnv = e2eBakedEnv(testEnv().E2E_PORT);
    const buildCode = args.has("--no-build") ? 0 : await run(bin("next"), ["build"], buildEnv);
    if (buildCode !== 0) {
      results.push({ name: "next build", passed: 0, failed: 1, skipped: 0, note: "build failed" });
    } else {
      const playwrightJson = join(resultsDir, "playwright.json");
      const playwrightCode = await run(bin("playwright"), ["test"], suiteEnv);
      const playwright = readJson<{
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
        suites?: PlaywrightSuite[];
      }>(playwrightJson);
      results.push(
        playwright
          ? {
              name: "playwright (chromium)",
              passed: playwright.stats.expected + playwright.stats.flaky,
              failed:
                playwright.stats.unexpected +
                (playwrightCode !== 0 && playwright.stats.unexpected === 0 ? 1 : 0),
              skipped: playwright.stats.skipped,
              failures: playwrightFailures(playwright.suites),
            }
          : {
              name: "playwright",
              passed: 0,
              failed: 1,
              skipped: 0,
              note: `exited ${playwrightCode}, no report`,
            },
      );
    }
  }
} finally {
  await server.stop();
}

console.log("\nSummary");
for (const suite of results) {
  console.log(
    `  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed, ${suite.skipped} skipped${suite.note ? ` (${suite.note})` : ""}`,
  );
  // Named here, at the end, where a truncated log (CI keeps its tail) still shows them.
  for (const failure of suite.failures ?? []) console.log(`    failed: ${failure.slice(0, 300)}`);
}
console.log(`  total time: ${Math.round((Date.now() - started) / 1000)} s`);
const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
// A skipped test proves nothing: it counts as a failure here.
const failed = results.reduce((sum, suite) => sum + suite.failed + suite.skipped, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
