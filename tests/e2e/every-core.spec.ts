// `npm start` on every core (issue 14): WEB_CONCURRENCY web workers share one port, both serve, a
// worker that dies is replaced while the site keeps answering, and SIGTERM stops them all.
// A production server of its own (the shared one runs a single process).
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { testEnv } from "../support/test-env";

const PORT = testEnv().E2E_PORT + 11;

interface ProcessInfo {
  pid: number;
  parent: number;
  group: number;
  command: string;
}

/** Every process of a process group (Linux: read from /proc). */
function processesOf(group: number): ProcessInfo[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        // After the command name in parentheses: state, parent pid, process group.
        const [, parent, pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
        return [{ pid: Number(entry), parent: Number(parent), group: Number(pgrp), command }];
      } catch {
        return [];
      }
    })
    .filter((info) => info.group === group);
}

/** The cluster's workers: serve-next.mjs processes whose parent is serve-next.mjs too. */
function webWorkers(group: number): number[] {
  const servers = processesOf(group).filter((info) => info.command.includes("serve-next.mjs"));
  const serverPids = new Set(servers.map((info) => info.pid));
  return servers.filter((info) => serverPids.has(info.parent)).map((info) => info.pid);
}

/** The worker ids of the request lines the server logged for `path`. */
function workersThatServed(output: string, path: string): Set<number> {
  const ids = new Set<number>();
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { msg?: string; path?: string; worker?: number };
    if (entry.msg === "request" && entry.path === path && entry.worker !== undefined) {
      ids.add(entry.worker);
    }
  }
  return ids;
}

let app: ExtraAppServer;
let stopped = false;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startExtraAppServer(PORT, {
    WEB_CONCURRENCY: "2",
    STRIPE_EMULATOR_PORT: String(testEnv().E2E_PORT + 9031 + 11),
  });
});

test.afterAll(async () => {
  if (!stopped) await app?.stop();
});

test("WEB_CONCURRENCY=2 runs two web workers on one port, and both serve", async ({ request }) => {
  await expect.poll(() => app.output()).toContain("(next start, 2 workers)");
  expect(webWorkers(app.processGroup)).toHaveLength(2);
  // The primary hands connections out in turn: new connections reach both workers.
  for (let index = 0; index < 20; index += 1) {
    const response = await request.get(`${app.baseUrl}/api/health`, {
      headers: { Connection: "close" },
    });
    expect(response.status()).toBe(200);
  }
  await expect.poll(() => workersThatServed(app.output(), "/api/health").size).toBe(2);
});

test("a worker that dies is replaced, and the site answers meanwhile", async ({ request }) => {
  const before = webWorkers(app.processGroup);
  expect(before).toHaveLength(2);
  const [victim] = before;
  if (victim === undefined) throw new Error("no worker to stop");
  process.kill(victim, "SIGKILL");
  // Once the primary has seen it go, the other worker serves while a replacement starts (a
  // connection handed out in the instant between the death and the primary noticing it is lost).
  await expect.poll(() => app.output()).toContain("a web worker stopped; starting another");
  const response = await request.get(`${app.baseUrl}/en/what-is-human-trafficking`, {
    headers: { Connection: "close" },
    timeout: 20_000,
  });
  expect(response.status()).toBe(200);
  await expect
    .poll(() => webWorkers(app.processGroup).filter((pid) => pid !== victim).length, {
      timeout: 60_000,
    })
    .toBe(2);
});

test("SIGTERM stops the primary and every worker", async () => {
  const group = app.processGroup;
  stopped = true;
  await app.stop();
  expect(processesOf(group).filter((info) => info.command.includes("serve-next.mjs"))).toEqual([]);
});
