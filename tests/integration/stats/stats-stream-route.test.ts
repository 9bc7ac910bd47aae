// GET /api/stats/stream, the route itself: headers, the first event, live updates, heartbeats,
// the limit of streams per instance and the clean-up when a client goes away.
import { afterAll, describe, expect, it } from "vitest";
import { setEnv } from "@/tests/support/test-env";

setEnv({ LIVE_COUNTER_MAX_STREAMS: "2" });

const { GET } = await import("@/app/api/stats/stream/route");
const { env } = await import("@/lib/env");
const { publishableStats } = await import("@/lib/stats/publishable-stats");
const { readPublicStats } = await import("@/lib/stats/read-public-stats");
const { recordPledge } = await import("@/lib/pledges/record-pledge");
const { openStatsStream } = await import("@/lib/stats/open-stats-stream");
const { statsHub } = await import("@/lib/stats/stats-hub");
const { readEventStream } = await import("@/tests/support/server-sent-events");
const { pledgeContext, pledgeInput } = await import("../pledges/pledge-test-input");

afterAll(() => statsHub().close());

// Kept until the file ends: a Request's own signal follows the one it was given only while the
// Request lives (undici holds its controller through a WeakRef), so a collected Request would never
// pass the test's abort on to the route, and the stream would stay open (a flaky hang, one run in
// three here, and the CI failure of 3 December).
const requests: Request[] = [];

function open(signal = new AbortController().signal) {
  const request = new Request("http://localhost/api/stats/stream", { signal });
  requests.push(request);
  return GET(request);
}

function statsOf(reader: { events: Array<{ event: string; data: string }> }) {
  return reader.events
    .filter((event) => event.event === "stats")
    .map((event) => JSON.parse(event.data) as { pledges: number; readAt: string });
}

describe("GET /api/stats/stream", () => {
  it("streams the figures /api/stats serves, then each change, with no cookie and no caching", async () => {
    const abort = new AbortController();
    const response = await open(abort.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(response.headers.get("set-cookie")).toBeNull();
    if (response.body === null) throw new Error("no body");
    const reader = readEventStream(response.body);

    await expect.poll(() => statsOf(reader).length, { timeout: 20_000 }).toBe(1);
    expect(reader.retry).toBeGreaterThanOrEqual(3000);
    const { readAt: _first, ...first } = statsOf(reader)[0] ?? { readAt: "" };
    // What GET /api/stats serves (through Next's data cache, which only runs inside Next).
    const { readAt: _api, ...api } = publishableStats(
      await readPublicStats(),
      env.PUBLIC_COUNTRY_MIN_PLEDGES,
    );
    expect(first).toEqual(api);

    await recordPledge(pledgeInput(), pledgeContext());
    await expect
      .poll(() => statsOf(reader).at(-1)?.pledges, { timeout: 20_000 })
      .toBe((first as { pledges: number }).pledges + 1);

    abort.abort();
    await reader.ended;
    await expect.poll(() => statsHub().size, { timeout: 20_000 }).toBe(0);
  });

  it("keeps an idle stream open with comment lines", async () => {
    const abort = new AbortController();
    const response = await openStatsStream(statsHub(), abort.signal, { heartbeatMs: 100 });
    if (response.body === null) throw new Error("no body");
    const reader = readEventStream(response.body);
    await expect.poll(() => reader.comments.length, { timeout: 20_000 }).toBeGreaterThan(1);
    expect(reader.comments[0]).toBe("keep-alive");
    await reader.cancel();
    await expect.poll(() => statsHub().size, { timeout: 20_000 }).toBe(0);
  });

  it("refuses a stream over the instance's limit with a polite 503, and frees a place when one closes", async () => {
    const first = await open();
    const second = await open();
    expect([first.status, second.status]).toEqual([200, 200]);
    const over = await open();
    expect(over.status).toBe(503);
    expect(over.headers.get("cache-control")).toBe("no-store");
    expect(over.headers.get("retry-after")).toBe("60");
    expect(await over.json()).toEqual({
      status: "unavailable",
      message: "The live counter is busy; this page will refresh the figures by itself.",
    });

    // A client going away (the reader cancels) frees its place.
    await first.body?.cancel();
    await expect.poll(() => statsHub().size, { timeout: 20_000 }).toBe(1);
    const again = await open();
    expect(again.status).toBe(200);
    await second.body?.cancel();
    await again.body?.cancel();
    await expect.poll(() => statsHub().size, { timeout: 20_000 }).toBe(0);
  });
});
