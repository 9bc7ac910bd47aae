// Who may lock whom out, against the production server: an attacker guessing a staff member's
// password locks only their own address; the staff member still signs in from theirs. Requests
// come from their own loopback addresses (the server believes the socket, decision 012).
import { postStaffSignIn } from "../support/staff-sign-in-request";
import { testEnv } from "../support/test-env";
import { expect, test } from "./fixtures";

const baseUrl = `http://localhost:${testEnv().E2E_PORT}`;
// Addresses no other browser test uses against the shared server.
const ATTACKER = "127.0.0.14";
const STAFF_DESK = "127.0.0.15";
// lib/auth/sign-in-limits.ts: tries one address may make at one email.
const TRIES_PER_PAIR = 5;

test("five wrong passwords lock the guessing address out, not the staff member", async ({
  db,
  createStaff,
}) => {
  const admin = await createStaff("ADMIN");
  const codes: string[] = [];
  for (let attempt = 0; attempt < TRIES_PER_PAIR; attempt++) {
    const outcome = await postStaffSignIn(
      baseUrl,
      { email: admin.email, password: `guess ${attempt}` },
      { from: ATTACKER },
    );
    codes.push(outcome.code);
  }
  expect(codes).toEqual(Array(TRIES_PER_PAIR).fill("invalid"));
  // Even the right password is refused from the address that guessed...
  const fromAttacker = await postStaffSignIn(baseUrl, admin, { from: ATTACKER });
  expect(fromAttacker.code).toMatch(/^rateLimited\.\d+$/);
  expect(fromAttacker.cookies).not.toContain("session-token");
  // ...while the admin, from their own address, is let in.
  const fromDesk = await postStaffSignIn(baseUrl, admin, { from: STAFF_DESK });
  expect(fromDesk.code).toBe("ok");
  expect(fromDesk.cookies).toContain("session-token");

  // The guesses are not on the permanent audit trail: only the lock-out and the sign-in are.
  const added = await db.auditEntry.findMany({
    where: { subjectId: admin.id, action: { startsWith: "auth." } },
    orderBy: { createdAt: "asc" },
  });
  expect(added.map((entry) => entry.action)).toEqual(["auth.sign_in_rate_limited", "auth.sign_in"]);
});
