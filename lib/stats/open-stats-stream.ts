import "server-only";
import { log } from "@/lib/log";
import type { PublicStats } from "./read-public-stats";
import type { StatsHub } from "./stats-hub";

/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
export const STREAM_HEARTBEAT_MS = 15_000;

/**
 * A stream whose reader has this many events waiting unread (a stalled client) is closed; its
 * browser reconnects when it can read again.
 */
const MAX_QUEUED_CHUNKS = 64;

const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: Next's gzip would otherwise keep a compressor (about 256 KB) per open stream.
  "Cache-Control": "no-store, no-transform",
  // nginx and similar proxies pass each event on at once instead of buffering the response.
  "X-Accel-Buffering": "no",
} as const;

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(": keep-alive\n\n");

// Every open stream sends the same bytes for the same figures: encoded once per update.
const encodedEvents = new WeakMap<PublicStats, Uint8Array>();

function statsEvent(stats: PublicStats): Uint8Array {
  let bytes = encodedEvents.get(stats);
  if (bytes === undefined) {
    bytes = encoder.encode(`event: stats\ndata: ${JSON.stringify(stats)}\n\n`);
    encodedEvents.set(stats, bytes);
  }
  return bytes;
}

/**
 * How long a browser waits before reconnecting after the stream drops: spread over 3 to 10
 * seconds, so a restarted instance is not met by all its pages in the same instant.
 */
function retryMilliseconds(): number {
  return 3000 + Math.floor(Math.random() * 7000);
}

/** The refusal a page's script takes as "poll instead" (EventSource gives up on any non-200). */
function refused(message: string): Response {
  return Response.json(
    { status: "unavailable", message },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "60" } },
  );
}

export interface StatsStreamOptions {
  heartbeatMs?: number;
}

/**
 * GET /api/stats/stream: Server-Sent Events carrying the public figures (the shape of /api/stats),
 * first as they are now, then whenever they change, at most a few times a second (the hub
 * coalesces). Refused with a 503 when this instance already holds its maximum of streams or cannot
 * read the figures; the page then polls /api/stats. The stream ends when the client goes away.
 */
export async function openStatsStream(
  hub: StatsHub,
  signal: AbortSignal,
  options: StatsStreamOptions = {},
): Promise<Response> {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let newest: PublicStats | undefined;
  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  const close = () => {
    if (closed) return;
    closed = true;
    subscription?.unsubscribe();
    clearInterval(heartbeat);
    signal.removeEventListener("abort", close);
    try {
      controller?.close();
    } catch {
      // Already closed or cancelled by the reader.
    }
  };

  const send = (chunk: Uint8Array) => {
    if (closed || controller === undefined) return;
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) {
      close();
      return;
    }
    try {
      controller.enqueue(chunk);
    } catch {
      close();
    }
  };

  // Subscribe before reading, so a change that lands while the first figures are read is not lost.
  const subscription = hub.subscribe((stats) => {
    newest = stats;
    send(statsEvent(stats));
  });
  if (subscription === null) {
    return refused("The live counter is busy; this page will refresh the figures by itself.");
  }

  let first: PublicStats;
  try {
    first = await hub.current();
  } catch (error) {
    subscription.unsubscribe();
    log.error({ err: error }, "stats: could not read the figures for a live counter stream");
    return refused("The figures are unavailable just now. Please try again shortly.");
  }
  if (newest !== undefined && newest.readAt >= first.readAt) first = newest;

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      streamController.enqueue(encoder.encode(`retry: ${retryMilliseconds()}\n\n`));
      streamController.enqueue(statsEvent(first));
    },
    cancel: close,
  });
  heartbeat = setInterval(() => send(HEARTBEAT), options.heartbeatMs ?? STREAM_HEARTBEAT_MS);
  heartbeat.unref?.();
  signal.addEventListener("abort", close);
  if (signal.aborted) close();
  return new Response(stream, { headers: STREAM_HEADERS });
}
