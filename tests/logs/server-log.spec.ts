// The server's log after every other browser test and the fuzz suite ran against it: structured
// (one JSON line per event), one line per request with its id, and nothing personal in it. The
// personal data looked for is what the run itself stored: every email and name in the server's
// database, and any IP address (every test client is one: 127.0.0.1, and the forged 203.0.113.x).
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_SERVER_LOG } from "../support/e2e-server-log";
import { e2eDatabaseUrl } from "../support/test-env";

interface LogLine {
  level: string;
  time: string;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  status?: number;
  err?: { type: string; message: string; stack?: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const IPV6 = /::1\b|::ffff:|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b/i;

async function personalDataOfTheRun(): Promise<string[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>(`
      SELECT email AS value FROM "Pledge" UNION SELECT "displayName" FROM "Pledge"
      UNION SELECT email FROM "User" UNION SELECT name FROM "User" WHERE name IS NOT NULL
      UNION SELECT "publicName" FROM "Donation" WHERE "publicName" IS NOT NULL`);
    // A name of a few letters ("Kept") could stand in any sentence; the longer ones cannot.
    return rows.map((row) => row.value.trim()).filter((value) => value.length >= 6);
  } finally {
    await client.end();
  }
}

test("the server's log is structured, has a line per request with its id, and holds no personal data", async () => {
  const text = readFileSync(E2E_SERVER_LOG, "utf8");
  const all = text.split("\n").filter((line) => line.trim() !== "");
  // What `npm start` prints before the server is up is for a person (the site, the database...).
  const ready = all.findIndex((line) => line.includes("Ready on http://"));
  expect(ready, "the server printed that it was ready").toBeGreaterThanOrEqual(0);
  const afterReady = all.slice(ready + 1);

  const notJson = afterReady.filter((line) => {
    try {
      return typeof JSON.parse(line) !== "object";
    } catch {
      return true;
    }
  });
  expect(notJson.slice(0, 5), "every line once the server is up is a JSON log line").toEqual([]);
  const lines = afterReady.map((line) => JSON.parse(line) as LogLine);

  const requests = lines.filter((line) => line.msg === "request");
  // The browser tests and the fuzz suite's 1,000 cases: far more than this.
  expect(requests.length).toBeGreaterThan(1000);
  for (const line of requests) {
    expect(line.reqId).toMatch(UUID);
    expect(line.method).toMatch(/^[A-Z]+$/);
    expect(line.path).toMatch(/^\//);
    expect(line.path).not.toContain("?");
    expect(typeof line.status).toBe("number");
  }
  // One line per request: no id is used twice.
  expect(new Set(requests.map((line) => line.reqId)).size).toBe(requests.length);

  // What the app logs while it serves a request carries that request's id.
  const requestIds = new Set(requests.map((line) => line.reqId));
  const appLines = lines.filter((line) => line.msg !== "request");
  const fromRequests = appLines.filter((line) => !/^(housekeeping|db):/.test(line.msg));
  expect(fromRequests.length, "the fuzz suite's unusable webhooks are logged").toBeGreaterThan(0);
  for (const line of fromRequests) {
    expect(line.reqId, line.msg).toBeDefined();
    expect(requestIds.has(line.reqId), `${line.msg}: the id of a logged request`).toBe(true);
  }

  const logged = afterReady.join("\n");
  expect(logged.match(IPV4)?.[0], "no IPv4 address").toBeUndefined();
  expect(logged.match(IPV6)?.[0], "no IPv6 address").toBeUndefined();
  expect(logged.match(/[\w.+-]+@[\w-]+\.[\w.-]+/)?.[0], "no email address").toBeUndefined();
  const personal = await personalDataOfTheRun();
  expect(personal.length, "the run stored emails and names to look for").toBeGreaterThan(20);
  const lower = logged.toLowerCase();
  expect(personal.filter((value) => lower.includes(value.toLowerCase()))).toEqual([]);
});
