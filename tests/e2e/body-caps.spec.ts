// Bodies are read with a cap before parsing (docs/decisions/015): a 200 MB body, streamed in chunks
// with no Content-Length, is refused with 413 by every endpoint that takes one, after the server
// has read only a sliver of it; and a declared Content-Length over the cap is refused unread.
// `npm run bench` (bench/body-cap.ts) prints the server's memory before and after the same.
import { expect, test } from "@playwright/test";
import { sendHugeBody } from "../support/send-huge-body";
import { serverActionId } from "../support/server-action-ids";

const MB = 1024 * 1024;
const multipart = { "content-type": "multipart/form-data; boundary=----cap" };

interface Target {
  name: string;
  path: string;
  headers: Record<string, string>;
  /** Route handlers stop reading at the cap; for pages, Next reads on to the end and drops it. */
  stopsReading?: boolean;
}

const targets = (): Target[] => [
  { name: "the pledge API", path: "/api/pledges", headers: {}, stopsReading: true },
  {
    name: "the Stripe webhook",
    path: "/api/webhooks/stripe",
    headers: { "stripe-signature": "t=1,v1=00" },
    stopsReading: true,
  },
  {
    name: "Auth.js's sign-in endpoint",
    path: "/api/auth/callback/credentials",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    stopsReading: true,
  },
  {
    name: "the pledge action",
    path: "/pledge",
    headers: { ...multipart, "next-action": serverActionId("signPledge") },
  },
  {
    name: "the donate action",
    path: "/donate",
    headers: { ...multipart, "next-action": serverActionId("startDonation") },
  },
  {
    name: "the staff sign-in action",
    path: "/admin/sign-in",
    headers: { ...multipart, "next-action": serverActionId("signInWithPassword") },
  },
  { name: "a form posted without JavaScript", path: "/pledge", headers: multipart },
];

test.describe("body caps", () => {
  for (const [index, target] of targets().entries()) {
    test(`${target.name} refuses a 200 MB chunked body with 413 (${index})`, async ({
      baseURL,
    }) => {
      const result = await sendHugeBody(`${baseURL}${target.path}`, 200 * MB, target.headers);
      expect(result.status).toBe(413);
      // It answered long before the upload was done.
      if (target.stopsReading) expect(result.sent).toBeLessThan(50 * MB);
    });
  }

  test("a declared Content-Length over the cap is refused before the body is read", async ({
    request,
  }) => {
    const response = await request.post("/api/pledges", {
      data: "x".repeat(9 * 1024),
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).message).toContain("8 KB");
  });
});
