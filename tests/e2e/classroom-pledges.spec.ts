// A classroom behind one address, against a production server with the default pledge allowances
// (lib/env.ts): a class of 35 pupils at their school's email domain pledges at once and every
// pledge counts; a flood from one address stops at the allowance per domain, then at the one per
// address, and another address is still served. The allowances grow back at one pledge an hour
// here, so nothing refills while the test runs.
import { expect, test } from "@playwright/test";
import { type ExtraAppServer, startExtraAppServer } from "../support/extra-app-server";
import { postPledge } from "../support/pledge-request";
import { testEnv } from "../support/test-env";

const SCHOOL = "127.0.0.17";
const ELSEWHERE = "127.0.0.18";
// lib/env.ts defaults: PLEDGE_DOMAIN_RATE_LIMIT_BURST and PLEDGE_RATE_LIMIT_BURST.
const PER_DOMAIN_AT_ONCE = 40;
const PER_ADDRESS_AT_ONCE = 60;
const CLASS_SIZE = 35;

test.describe.configure({ mode: "serial" });
let app: ExtraAppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startExtraAppServer(testEnv().E2E_PORT + 7, {
    PLEDGE_MIN_SUBMIT_SECONDS: "0",
    PLEDGE_RATE_LIMIT_PER_HOUR: "1",
    PLEDGE_DOMAIN_RATE_LIMIT_PER_HOUR: "1",
  });
});

test.afterAll(async () => {
  await app?.stop();
});

const pledgeFrom = (address: string, email: string) =>
  postPledge(app.baseUrl, email, { token: { from: address }, post: { from: address } });

async function pledges(address: string, emails: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const email of emails) statuses.push(await pledgeFrom(address, email));
  return statuses;
}

test("a class of 35 pledges from one address at one school domain, and a flood is stopped", async () => {
  const pupils = Array.from(
    { length: CLASS_SIZE },
    (_, index) => `pupil-${index}@school.example.org`,
  );
  expect(await pledges(SCHOOL, pupils)).toEqual(Array(CLASS_SIZE).fill(201));

  // The same address and domain: what is left of the domain's allowance, then no more.
  const sameDomain = Array.from(
    { length: PER_DOMAIN_AT_ONCE - CLASS_SIZE + 3 },
    (_, index) => `more-${index}@school.example.org`,
  );
  expect(await pledges(SCHOOL, sameDomain)).toEqual([
    ...Array(PER_DOMAIN_AT_ONCE - CLASS_SIZE).fill(201),
    ...Array(3).fill(429),
  ]);

  // Other domains from the same address: up to the address's allowance, then no more.
  const otherDomains = Array.from(
    { length: PER_ADDRESS_AT_ONCE - PER_DOMAIN_AT_ONCE + 3 },
    (_, index) => `visitor@domain-${index}.example`,
  );
  expect(await pledges(SCHOOL, otherDomains)).toEqual([
    ...Array(PER_ADDRESS_AT_ONCE - PER_DOMAIN_AT_ONCE).fill(201),
    ...Array(3).fill(429),
  ]);

  // The limits are that address's: another one, even at the school's domain, is served.
  expect(await pledgeFrom(ELSEWHERE, "parent@school.example.org")).toBe(201);
});
