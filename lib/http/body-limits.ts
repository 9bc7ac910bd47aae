// Request-body caps that more than one place needs (next.config.ts and proxy.ts read the same one).

/** Server actions: the pledge, donate, sign-in and staff forms are a few KB each. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * What the proxy buffers of a body it sees (Next keeps a copy for the route after it): above the
 * action limit, so a body the proxy lets through is still refused by the action's own limit.
 */
export const PROXY_BODY_LIMIT_BYTES = 2 * SERVER_ACTION_BODY_LIMIT_BYTES;
