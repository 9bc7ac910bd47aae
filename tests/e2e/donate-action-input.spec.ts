// The donate action checks the fields as they were sent: a choice the form does not offer is
// refused, not quietly replaced by one it does (found by the fuzz suite, seed 224414142: a
// "weekly" gift became a one-time gift with a Checkout Session and a Donation row).
import { expect, test } from "@playwright/test";
import pg from "pg";
import { sendCase } from "../fuzz/send-case";
import { e2eDatabaseUrl } from "../support/test-env";

// As the form sends them (its hidden locale field included).
const valid: Array<[string, string]> = [
  ["locale", "en"],
  ["currency", "usd"],
  ["frequency", "once"],
  ["preset", "usd:2500"],
  ["visibility", "anonymous"],
  ["message", "donate-action-input"],
];

const refused: Array<[string, Array<[string, string]>]> = [
  ["a weekly gift", [["frequency", "weekly"]]],
  ["a gift with no frequency", [["frequency", ""]]],
  ["a frequency in capitals", [["frequency", "MONTHLY"]]],
];

let pool: pg.Pool;
test.beforeAll(() => {
  pool = new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 1 });
});
test.afterAll(async () => {
  await pool.end();
});

async function donationsWithMessage(message: string): Promise<number> {
  const result = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Donation" WHERE "message" = $1`,
    [message],
  );
  return result.rows[0]?.count ?? 0;
}

async function send(baseURL: string | undefined, fields: Array<[string, string]>) {
  return sendCase(
    {
      target: "donate action",
      method: "POST",
      path: "/en/donate",
      headers: {},
      action: "startDonation",
      body: { kind: "action", fields },
    },
    { port: Number(new URL(baseURL ?? "").port), index: 0 },
  );
}

test("the same call with the form's own choices opens a checkout (the control)", async ({
  baseURL,
}) => {
  const message = "donate-action-input control";
  const status = await send(baseURL, [...new Map([...valid, ["message", message]])]);
  expect(status).toBeLessThan(500);
  expect(await donationsWithMessage(message)).toBe(1);
});

for (const [label, overrides] of refused) {
  test(`the donate action refuses ${label} and writes nothing`, async ({ baseURL }) => {
    const message = `donate-action-input ${label}`;
    const fields = new Map([...valid, ["message", message], ...overrides]);
    const status = await send(baseURL, [...fields]);
    expect(status).toBeLessThan(500);
    expect(await donationsWithMessage(message)).toBe(0);
  });
}
