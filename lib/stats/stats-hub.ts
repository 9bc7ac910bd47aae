import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { publishableStats } from "./publishable-stats";
import { type PublicStats, readPublicStats } from "./read-public-stats";
import { STATS_CHANGED_CHANNEL } from "./stats-changed-channel";

/**
 * Trailing-edge throttle of the reads: the first notification starts the clock, every other one
 * until it runs out is answered by the same read. An open page gets at most about three updates a
 * second, whatever the pledge rate; each instance reads the counters at most that often.
 */
export const STATS_HUB_THROTTLE_MS = 300;

/** How often the listening connection is checked: a silently dead link would lose every update. */
const PING_INTERVAL_MS = 30_000;
const RECONNECT_MIN_MS = 1000;
const RECONNECT_MAX_MS = 30_000;

export type StatsListener = (stats: PublicStats) => void;

export interface StatsHubOptions {
  /** The database to LISTEN on (its own connection, outside the pool). */
  connectionString: string | undefined;
  /** Reads the figures as /api/stats serves them. */
  readStats: () => Promise<PublicStats>;
  /** Listeners (open streams) held at most; subscribe refuses beyond. */
  maxListeners: number;
  throttleMs?: number;
  connectTimeoutMs?: number;
}

export interface StatsHub {
  /** Adds a listener; null when the hub already holds `maxListeners` (or is closed). */
  subscribe(listener: StatsListener): { unsubscribe(): void } | null;
  /** The current figures: the last ones read since listening began, or a fresh read. */
  current(): Promise<PublicStats>;
  /** Listeners held now. */
  readonly size: number;
  /** True while the LISTEN connection is up. */
  readonly listening: boolean;
  close(): Promise<void>;
}

/** The figures, ignoring when they were read and the order of the keys. */
function sameFigures(a: PublicStats | undefined, b: PublicStats): boolean {
  if (a === undefined) return false;
  const sameRecord = (x: Record<string, number>, y: Record<string, number>) => {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
  };
  return (
    a.pledges === b.pledges &&
    a.donors === b.donors &&
    sameRecord(a.pledgesByCountry, b.pledgesByCountry) &&
    sameRecord(a.raised, b.raised)
  );
}

/**
 * One process's end of the live counter: one LISTEN connection however many pages are open, one
 * read of the counters per notification burst, and the same figures handed to every listener
 * (docs/decisions/028-live-counter.md). The connection opens with the first listener and is kept;
 * when it drops, it is opened again with a growing delay and the figures are read anew (changes
 * made meanwhile sent no notification this hub could hear).
 */
export function createStatsHub(options: StatsHubOptions): StatsHub {
  const throttleMs = options.throttleMs ?? STATS_HUB_THROTTLE_MS;
  const listeners = new Set<StatsListener>();
  let client: pg.Client | undefined;
  let connecting = false;
  let closed = false;
  let reconnectDelay = RECONNECT_MIN_MS;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  /** The figures last read while listening: current until the next notification. */
  let latest: PublicStats | undefined;
  /** The figures last handed to the listeners. */
  let broadcast: PublicStats | undefined;
  let throttleTimer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let readAgain = false;
  let freshRead: Promise<PublicStats> | undefined;

  const readOnce = (): Promise<PublicStats> => {
    freshRead ??= options.readStats().finally(() => {
      freshRead = undefined;
    });
    return freshRead;
  };

  const refresh = async () => {
    throttleTimer = undefined;
    if (closed) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      const stats = await readOnce();
      if (client !== undefined) latest = stats;
      if (!sameFigures(broadcast, stats)) {
        broadcast = stats;
        for (const listener of listeners) {
          try {
            listener(stats);
          } catch (error) {
            log.error({ err: error }, "stats: a live counter listener failed");
          }
        }
      }
    } catch (error) {
      log.warn({ err: error }, "stats: could not read the figures for the live counter");
    } finally {
      reading = false;
      if (readAgain) {
        readAgain = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    if (throttleTimer !== undefined || closed) return;
    throttleTimer = setTimeout(() => void refresh(), throttleMs);
    throttleTimer.unref?.();
  };

  const dropConnection = (dropped: pg.Client) => {
    if (client !== dropped) return;
    client = undefined;
    latest = undefined;
    clearInterval(pingTimer);
    dropped.end().catch(() => {});
    reconnectLater();
  };

  const reconnectLater = () => {
    if (closed || reconnectTimer !== undefined) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void listen();
    }, reconnectDelay);
    reconnectTimer.unref?.();
    reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
  };

  const listen = async () => {
    if (client !== undefined || connecting || closed) return;
    connecting = true;
    const candidate = new pg.Client({
      connectionString: options.connectionString,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      keepAlive: true,
    });
    candidate.on("notification", (message) => {
      if (message.channel === STATS_CHANGED_CHANNEL) schedule();
    });
    candidate.on("error", (error) => {
      log.warn({ err: error }, "stats: the live counter's database connection failed");
      dropConnection(candidate);
    });
    candidate.on("end", () => dropConnection(candidate));
    try {
      if (!options.connectionString) throw new Error("DATABASE_URL is not set");
      await candidate.connect();
      // The channel is a fixed identifier of ours, quoted: LISTEN takes no bind parameters.
      await candidate.query(`LISTEN "${STATS_CHANGED_CHANNEL}"`);
      if (closed) {
        await candidate.end();
        return;
      }
      client = candidate;
      reconnectDelay = RECONNECT_MIN_MS;
      pingTimer = setInterval(() => {
        candidate.query("SELECT 1").catch((error: unknown) => {
          log.warn(
            { err: error },
            "stats: the live counter's database connection stopped answering",
          );
          dropConnection(candidate);
        });
      }, PING_INTERVAL_MS);
      pingTimer.unref?.();
      // Whatever changed before LISTEN took effect sent a notification nobody here heard.
      schedule();
    } catch (error) {
      log.warn({ err: error }, "stats: could not listen for counter changes; trying again");
      candidate.end().catch(() => {});
      reconnectLater();
    } finally {
      connecting = false;
    }
  };

  return {
    subscribe(listener) {
      if (closed || listeners.size >= options.maxListeners) return null;
      listeners.add(listener);
      void listen();
      return {
        unsubscribe: () => {
          listeners.delete(listener);
        },
      };
    },
    async current() {
      if (latest !== undefined && client !== undefined) return latest;
      return readOnce();
    },
    get size() {
      return listeners.size;
    },
    get listening() {
      return client !== undefined;
    },
    async close() {
      closed = true;
      listeners.clear();
      clearTimeout(throttleTimer);
      clearTimeout(reconnectTimer);
      clearInterval(pingTimer);
      const open = client;
      client = undefined;
      await open?.end().catch(() => {});
    },
  };
}

// One hub per process; kept on globalThis so a development hot reload does not open another.
const globalForHub = globalThis as unknown as { blueHeartStatsHub?: StatsHub };

/** This process's hub, created on first use with the app's settings. */
export function statsHub(): StatsHub {
  globalForHub.blueHeartStatsHub ??= createStatsHub({
    connectionString: env.DATABASE_URL,
    readStats: async () =>
      publishableStats(await readPublicStats(), env.PUBLIC_COUNTRY_MIN_PLEDGES),
    maxListeners: env.LIVE_COUNTER_MAX_STREAMS,
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
  });
  return globalForHub.blueHeartStatsHub;
}
