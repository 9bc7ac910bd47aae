// The PostgreSQL channel on which an instance says "the public figures changed" (NOTIFY) and every
// instance listens (LISTEN) to push the new figures to its open pages. The notification carries no
// payload: each listener reads the counters itself. docs/decisions/028-live-counter.md.
export const STATS_CHANGED_CHANNEL = "public_stats_changed";
