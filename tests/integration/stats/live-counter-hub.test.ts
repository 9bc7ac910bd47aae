// The live counter's server side against real PostgreSQL: LISTEN/NOTIFY between two hubs standing
// for two app instances, the coalescing on both ends, and the writers that notify.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db, pgPool } from "@/lib/db";
import { env } from "@/lib/env";
import { markPledgeNotSpam, markPledgeSpam } from "@/lib/pledges/change-pledge-status";
import { erasePledge } from "@/lib/pledges/erase-pledge";
import { recordPledge } from "@/lib/pledges/record-pledge";
import { createStatsNotifier } from "@/lib/stats/announce-stats-changed";
import { publishableStats } from "@/lib/stats/publishable-stats";
import { type PublicStats, readPublicStats } from "@/lib/stats/read-public-stats";
import { STATS_CHANGED_CHANNEL } from "@/lib/stats/stats-changed-channel";
import { createStatsHub, type StatsHub } from "@/lib/stats/stats-hub";
import { pledgeContext, pledgeInput } from "../pledges/pledge-test-input";

const hubs: StatsHub[] = [];
const clients: pg.Client[] = [];

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((hub) => hub.close()));
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

const publicFigures = async () =>
  publishableStats(await readPublicStats(), env.PUBLIC_COUNTRY_MIN_PLEDGES);

/** An "instance": a hub of its own, with one listener recording what it is sent. */
async function instance(options: { throttleMs?: number } = {}) {
  let reads = 0;
  const hub = createStatsHub({
    connectionString: env.DATABASE_URL,
    readStats: () => {
      reads += 1;
      return publicFigures();
    },
    maxListeners: 10,
    ...options,
  });
  hubs.push(hub);
  const received: PublicStats[] = [];
  hub.subscribe((stats) => received.push(stats));
  await expect.poll(() => hub.listening, { timeout: 20_000 }).toBe(true);
  return { hub, received, reads: () => reads };
}

/** A plain LISTEN connection counting the notifications on the channel. */
async function countNotifications() {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  clients.push(client);
  await client.connect();
  let count = 0;
  client.on("notification", (message) => {
    if (message.channel === STATS_CHANGED_CHANNEL) count += 1;
  });
  await client.query(`LISTEN "${STATS_CHANGED_CHANNEL}"`);
  return () => count;
}

async function sign(): Promise<string> {
  const input = pledgeInput();
  expect(await recordPledge(input, pledgeContext())).toEqual({
    ok: true,
    value: { counted: true, awaitingConfirmation: false },
  });
  const row = await db.pledge.findFirstOrThrow({ where: { email: String(input.email) } });
  return row.id;
}

const lastPledges = (received: PublicStats[]) => received.at(-1)?.pledges;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the live counter's hub", () => {
  it("lets two instances see one pledge counted on either, with the figures /api/stats serves", async () => {
    const a = await instance();
    const b = await instance();
    const before = (await publicFigures()).pledges;

    await sign();

    await expect.poll(() => lastPledges(a.received), { timeout: 20_000 }).toBe(before + 1);
    await expect.poll(() => lastPledges(b.received), { timeout: 20_000 }).toBe(before + 1);
    const { readAt: _a, ...sent } = a.received.at(-1) ?? ({} as PublicStats);
    const { readAt: _b, ...now } = await publicFigures();
    expect(sent).toEqual(now);
  });

  it("follows a pledge marked spam, marked not spam and erased", async () => {
    const id = await sign();
    const a = await instance();
    const b = await instance();
    const counted = (await publicFigures()).pledges;

    await markPledgeSpam(id);
    await expect.poll(() => lastPledges(a.received), { timeout: 20_000 }).toBe(counted - 1);
    await expect.poll(() => lastPledges(b.received), { timeout: 20_000 }).toBe(counted - 1);
    await markPledgeNotSpam(id);
    await expect.poll(() => lastPledges(b.received), { timeout: 20_000 }).toBe(counted);
    await erasePledge(id);
    await expect.poll(() => lastPledges(a.received), { timeout: 20_000 }).toBe(counted - 1);
  });

  it("answers a burst of 50 notifications with one read and at most one update", async () => {
    const a = await instance({ throttleMs: 1000 });
    await settle(1500);
    const readsBefore = a.reads();
    const eventsBefore = a.received.length;
    // One statement, 50 distinct notifications delivered together: a burst by construction.
    await pgPool.query(`SELECT pg_notify($1, n::text) FROM generate_series(1, 50) AS n`, [
      STATS_CHANGED_CHANNEL,
    ]);
    await expect.poll(() => a.reads(), { timeout: 20_000 }).toBeGreaterThan(readsBefore);
    await settle(2500);
    expect(a.reads() - readsBefore).toBe(1);
    // Nothing changed, so nothing is sent.
    expect(a.received.length).toBe(eventsBefore);
  });

  it("sends 50 pledges signed at once to an open page as a few updates ending on the exact count", async () => {
    const notifications = await countNotifications();
    const a = await instance({ throttleMs: 1000 });
    await settle(1500);
    const before = (await publicFigures()).pledges;
    const eventsBefore = a.received.length;

    await Promise.all(Array.from({ length: 50 }, () => sign()));

    await expect.poll(() => lastPledges(a.received), { timeout: 20_000 }).toBe(before + 50);
    await settle(2500);
    expect(lastPledges(a.received)).toBe(before + 50);
    // Coalesced at both ends: the writers' process sent a few NOTIFYs, not 50 (at most one per
    // 200 ms), and the page got a few updates, not 50 (at most one per second here).
    expect(notifications()).toBeLessThan(50);
    expect(a.received.length - eventsBefore).toBeLessThanOrEqual(4);
  });

  it("hears nothing for a repeated email, which counts nothing", async () => {
    const notifications = await countNotifications();
    const input = pledgeInput();
    await recordPledge(input, pledgeContext());
    await expect.poll(() => notifications(), { timeout: 20_000 }).toBeGreaterThan(0);
    await settle(500);
    const seen = notifications();
    expect(await recordPledge(input, pledgeContext())).toEqual({
      ok: true,
      value: { counted: false, awaitingConfirmation: false },
    });
    await settle(1000);
    expect(notifications()).toBe(seen);
  });

  it("refuses a listener beyond its maximum", async () => {
    const hub = createStatsHub({
      connectionString: env.DATABASE_URL,
      readStats: publicFigures,
      maxListeners: 2,
    });
    hubs.push(hub);
    const first = hub.subscribe(() => {});
    expect(hub.subscribe(() => {})).not.toBeNull();
    expect(hub.subscribe(() => {})).toBeNull();
    first?.unsubscribe();
    expect(hub.size).toBe(1);
    expect(hub.subscribe(() => {})).not.toBeNull();
  });
});

describe("the notifier", () => {
  it("sends two NOTIFYs for 50 changes announced in a burst: one at once, one for the rest", async () => {
    const notifications = await countNotifications();
    const notifier = createStatsNotifier(
      () => pgPool.query("SELECT pg_notify($1, '')", [STATS_CHANGED_CHANNEL]),
      1000,
    );
    for (let change = 0; change < 50; change += 1) notifier.announce();
    await expect.poll(() => notifications(), { timeout: 20_000 }).toBe(2);
    await settle(2500);
    expect(notifications()).toBe(2);
  });
});
