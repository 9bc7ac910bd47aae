// A load balancer's view of the server under test: liveness and readiness.
import { expect, test } from "@playwright/test";

test("/api/health answers 200 while the process is up, uncached", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("/api/ready answers 200 with the database reachable and every migration applied", async ({
  request,
}) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ready: true });
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("a malformed %-escape in a page address is a 400, not a 500", async ({ request }) => {
  for (const path of ["/%zz", "/fr/%zz", "/pledge/%E0%A4%A", "/%"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
  }
});
