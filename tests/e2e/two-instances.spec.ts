// Two instances of the site on different ports over one PostgreSQL behave as one site (issue 14):
// a per-address pledge limit is shared, the counter is exact on both, a pledge made on one reaches
// the other's live counter, and a staff session from one is valid on the other. Each instance is a
// production server of its own (`npm start`), with the same secrets, as behind a load balancer.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { loopbackRequest } from "../support/loopback-request";
import { postPledge } from "../support/pledge-request";
import { readEventStream } from "../support/server-sent-events";
import { postStaffSignIn } from "../support/staff-sign-in-request";
import { childProcessEnv, testEnv } from "../support/test-env";

const { E2E_PORT } = testEnv();
// Auth.js and the pages are built for the build's SITE_URL: requests to either instance name it,
// as a load balancer in front of both would.
const SITE_HOST = `localhost:${E2E_PORT}`;
const SHARED_SECRETS = {
  AUTH_SECRET: "two-instances-auth-secret-for-tests-only-0123456789",
  IP_HASH_SALT: "two-instances-ip-salt-for-tests-only",
  FORM_TOKEN_SECRET: "two-instances-form-secret-for-tests-only-0123456789",
};
// Three pledges an hour from one address, whichever instance they reach.
const LIMITS = {
  PLEDGE_MIN_SUBMIT_SECONDS: "0",
  PLEDGE_RATE_LIMIT_BURST: "3",
  PLEDGE_RATE_LIMIT_PER_HOUR: "1",
};

let first: ExtraAppServer;
let second: ExtraAppServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  first = await startExtraAppServer(E2E_PORT + 13, {
    ...SHARED_SECRETS,
    ...LIMITS,
    STRIPE_EMULATOR_PORT: String(E2E_PORT + 9031 + 13),
  });
  second = await startExtraAppServer(
    E2E_PORT + 15,
    { ...SHARED_SECRETS, ...LIMITS, STRIPE_EMULATOR_PORT: String(E2E_PORT + 9031 + 15) },
    { databaseUrl: first.databaseUrl },
  );
});

test.afterAll(async () => {
  // The second first: the first owns (and drops) the database.
  await second?.stop();
  await first?.stop();
});

async function statsOn(server: ExtraAppServer): Promise<{ pledges: number }> {
  const response = await loopbackRequest(`${server.baseUrl}/api/stats`, {
    headers: { host: SITE_HOST },
  });
  return JSON.parse(response.body) as { pledges: number };
}

async function pledgeRows(): Promise<number> {
  const client = new pg.Client({ connectionString: first.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Pledge" WHERE status = 'ACTIVE'`,
    );
    return rows[0]?.n ?? -1;
  } finally {
    await client.end();
  }
}

test("one address's pledge allowance is shared by both instances", async () => {
  const from = "127.0.0.61";
  const arrive = { from, headers: { host: SITE_HOST } };
  const on = (server: ExtraAppServer, email: string) =>
    postPledge(server.baseUrl, email, { token: arrive, post: arrive });
  expect(await on(first, "two-a@example.org")).toBe(201);
  expect(await on(second, "two-b@example.org")).toBe(201);
  expect(await on(first, "two-c@example.org")).toBe(201);
  // The fourth, on either instance, is over the address's three.
  expect(await on(second, "two-d@example.org")).toBe(429);
  expect(await on(first, "two-e@example.org")).toBe(429);
});

test("the counter is exact on both instances", async () => {
  const rows = await pledgeRows();
  expect(rows).toBe(3);
  // Each instance keeps its figures a few seconds (its own data cache): both reach the rows.
  await expect.poll(async () => (await statsOn(first)).pledges, { timeout: 20_000 }).toBe(rows);
  await expect.poll(async () => (await statsOn(second)).pledges, { timeout: 20_000 }).toBe(rows);
});

test("a pledge made on one instance reaches the other's live counter", async () => {
  const abort = new AbortController();
  const response = await fetch(`${second.baseUrl}/api/stats/stream`, {
    signal: abort.signal,
    headers: { host: SITE_HOST },
  });
  expect(response.status).toBe(200);
  if (response.body === null) throw new Error("no body");
  const reader = readEventStream(response.body);
  const counts = () =>
    reader.events
      .filter((event) => event.event === "stats")
      .map((event) => (JSON.parse(event.data) as { pledges: number }).pledges);
  await expect.poll(() => counts().length, { timeout: 20_000 }).toBeGreaterThan(0);
  const before = counts().at(-1) ?? -1;
  const arrive = { from: "127.0.0.62", headers: { host: SITE_HOST } };
  expect(
    await postPledge(first.baseUrl, "two-live@example.org", { token: arrive, post: arrive }),
  ).toBe(201);
  await expect.poll(() => counts().at(-1), { timeout: 10_000 }).toBe(before + 1);
  abort.abort();
  await reader.ended;
});

test("a staff member signed in on one instance is signed in on the other", async () => {
  const email = "two-instances-admin@example.org";
  const password = "correct horse battery staple";
  const created = spawnSync(
    join(process.cwd(), "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "scripts/admin-create.ts", "--email", email, "--role", "ADMIN"],
    {
      input: `${password}\n`,
      encoding: "utf8",
      env: childProcessEnv({ DATABASE_URL: first.databaseUrl }),
    },
  );
  expect(created.status, created.stderr).toBe(0);
  const signedIn = await postStaffSignIn(
    first.baseUrl,
    { email, password },
    { from: "127.0.0.63", host: SITE_HOST },
  );
  expect(signedIn.code).toBe("ok");
  const asStaff = (server: ExtraAppServer) =>
    loopbackRequest(`${server.baseUrl}/admin/pledges`, {
      from: "127.0.0.63",
      headers: { host: SITE_HOST, cookie: signedIn.cookies },
    });
  const onSecond = await asStaff(second);
  expect(onSecond.status).toBe(200);
  expect(onSecond.body).toContain("two-a@example.org");
  // Without the cookie the second instance sends the visitor to sign in.
  const anonymous = await loopbackRequest(`${second.baseUrl}/admin/pledges`, {
    headers: { host: SITE_HOST },
  });
  expect(anonymous.status).toBeGreaterThanOrEqual(300);
  expect(anonymous.status).toBeLessThan(400);
});
