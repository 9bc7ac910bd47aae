// How long a supporter is asked to wait when the database is too busy to take their pledge (the
// pool had no free connection in time, or the statement timed out): the 503's Retry-After, and the
// number the form's sentence says. Nothing was stored, so trying again is always safe.
export const BUSY_RETRY_AFTER_SECONDS = 30;
