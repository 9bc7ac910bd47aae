// Bodies are read with a cap before parsing (docs/decisions/015): a 200 MB body, streamed in chunks
// with no Content-Length, is refused with 413 by every endpoint that takes one, after the server
// has read only a sliver of it; and a declared Content-Length over the cap is refused unread.
// `npm run bench` (bench/body-cap.ts) prints the server's memory before and after the same.
import { expect, test } from "@playwright/test";
import { bodyCapTargets } from "../support/body-cap-targets";
import { sendHugeBody } from "../support/send-huge-body";

const MB = 1024 * 1024;

test.describe("body caps", () => {
  for (const [index, target] of bodyCapTargets().entries()) {
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
