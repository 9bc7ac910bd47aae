"use client";

import { useEffect, useState } from "react";

/** How often a page that cannot hold the stream asks /api/stats instead (not while hidden). */
export const POLL_INTERVAL_MS = 10_000;
/** The stream opens this long after the page's `load`: it never competes with the page itself. */
const OPEN_DELAY_MS = 1500;
/** A tab hidden this long lets its stream go; it opens it again when shown. */
const HIDDEN_GRACE_MS = 60_000;

type Figures = { pledges: number; readAt: string };
type Listener = (pledges: number) => void;

// One connection per page, however many counters it shows.
const listeners = new Set<Listener>();
let source: EventSource | undefined;
let polling = false;
let pollTimer: ReturnType<typeof setInterval> | undefined;
let openTimer: ReturnType<typeof setTimeout> | undefined;
let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
let newestReadAt = "";

function tell(figures: unknown) {
  const { pledges, readAt } = (figures ?? {}) as Partial<Figures>;
  if (typeof pledges !== "number" || !Number.isSafeInteger(pledges) || pledges < 0) return;
  // An answer read before the one shown (a slow poll, a reconnect) never replaces it.
  if (typeof readAt === "string") {
    if (readAt < newestReadAt) return;
    newestReadAt = readAt;
  }
  for (const listener of listeners) listener(pledges);
}

async function poll() {
  if (document.visibilityState === "hidden") return;
  try {
    const response = await fetch("/api/stats", { headers: { Accept: "application/json" } });
    if (response.ok) tell(await response.json());
  } catch {
    // Offline for a moment: the next poll tries again.
  }
}

function openStream() {
  if (source !== undefined || polling || listeners.size === 0) return;
  if (typeof EventSource === "undefined") {
    polling = true;
    pollTimer = setInterval(() => void poll(), POLL_INTERVAL_MS);
    return;
  }
  const stream = new EventSource("/api/stats/stream");
  source = stream;
  stream.addEventListener("stats", (event) => {
    try {
      tell(JSON.parse((event as MessageEvent<string>).data));
    } catch {
      // Not the figures we expect: ignore this event.
    }
  });
  stream.addEventListener("error", () => {
    // A dropped stream reconnects by itself (the server's `retry`); a refused one (503: the
    // instance holds its maximum of streams, or the stream is off) is closed for good: poll.
    if (stream.readyState === EventSource.CLOSED && source === stream) {
      source = undefined;
      polling = true;
      pollTimer = setInterval(() => void poll(), POLL_INTERVAL_MS);
    }
  });
}

function closeStream() {
  source?.close();
  source = undefined;
}

function onVisibilityChange() {
  clearTimeout(hiddenTimer);
  if (document.visibilityState === "hidden") {
    hiddenTimer = setTimeout(closeStream, HIDDEN_GRACE_MS);
  } else if (source === undefined && !polling) {
    openStream();
  }
}

function start() {
  document.addEventListener("visibilitychange", onVisibilityChange);
  const later = () => {
    openTimer = setTimeout(openStream, OPEN_DELAY_MS);
  };
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later, { once: true });
}

function stop() {
  document.removeEventListener("visibilitychange", onVisibilityChange);
  clearTimeout(openTimer);
  clearTimeout(hiddenTimer);
  clearInterval(pollTimer);
  closeStream();
  polling = false;
}

/**
 * The public pledge count, live: `initial` as the page was rendered (null: it could not be read),
 * then each figure the server
 * pushes over GET /api/stats/stream (decision 028), or, when the stream is refused, what /api/stats
 * says every 10 seconds while the tab is shown.
 */
export function useLivePledgeCount(initial: number | null): number | null {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const listener: Listener = (pledges) => setCount(pledges);
    listeners.add(listener);
    if (listeners.size === 1) start();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) stop();
    };
  }, []);
  return count;
}
