// How long a supporter is asked to wait when the database is too busy to take their pledge (the
// pool had no free connection in time, or the statement timed out): the 503's Retry-After, and the
// number the form's sentence says. Trying again is always safe: a statement the app gave up on may
// still have been stored by a database that was only slow, and signing twice is never counted twice
// (the unique email key), so the sentence asks the person to sign again rather than saying nothing
// was saved.
export const BUSY_RETRY_AFTER_SECONDS = 30;
