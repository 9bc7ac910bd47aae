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
    // A name of a few letters ("Kept") could stand in any sentence; the longer ones cannot. A
    // name the fuzz suite made of %-escapes ("%E0%A4%A") is also a fragment of the malformed
    // addresses it sends, which the log records as paths: it names nobody.
    return rows
      .map((row) => row.value.trim())
      .filter((value) => value.length >= 6 && !/^[%0-9a-f]+$/i.test(value));
  } finally {
    await client.end();
  }
}

test.setTimeout(180_000);

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
  const malformed = requests.filter(
    (line) =>
      !UUID.test(line.reqId ?? "") ||
      !/^[A-Z]+$/.test(line.method ?? "") ||
      !line.path?.startsWith("/") ||
      line.path.includes("?") ||
      typeof line.status !== "number",
  );
  expect(malformed.slice(0, 3), "every request line has its id, method, path, status").toEqual([]);
  // One line per request: no id is used twice.
  const requestIds = new Set(requests.map((line) => line.reqId));
  expect(requestIds.size).toBe(requests.length);

  // What the app logs while it serves a request carries that request's id.
  const appLines = lines.filter((line) => line.msg !== "request");
  const fromRequests = appLines.filter((line) => !/^(queue worker|chores|db):/.test(line.msg));
  expect(fromRequests.length, "the fuzz suite's unusable webhooks are logged").toBeGreaterThan(0);
  const orphans = fromRequests.filter((line) => !line.reqId || !requestIds.has(line.reqId));
  expect(orphans.slice(0, 3), "every app line carries a logged request's id").toEqual([]);

  // Searched once per distinct line, without what differs on every line (time, id, duration).
  const distinct = new Set(
    lines.map(({ time: _time, reqId: _reqId, ...rest }) => {
      const { ms: _ms, ...kept } = rest as typeof rest & { ms?: number };
      return JSON.stringify(kept);
    }),
  );
  const logged = [...distinct].join("\n");
  expect(logged.match(IPV4)?.[0], "no IPv4 address").toBeUndefined();
  expect(logged.match(IPV6)?.[0], "no IPv6 address").toBeUndefined();
  expect(logged.match(/[\w.+-]+@[\w-]+\.[\w.-]+/)?.[0], "no email address").toBeUndefined();
  const personal = await personalDataOfTheRun();
  expect(personal.length, "the run stored emails and names to look for").toBeGreaterThan(20);
  const lower = logged.toLowerCase();
  expect(personal.filter((value) => lower.includes(value.toLowerCase()))).toEqual([]);
});
