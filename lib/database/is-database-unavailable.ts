// Whether an error means "the database cannot answer now" (a timeout, a connection refused or cut,
// a server shutting down) rather than a bug: a public route answers the first with 503 and a
// Retry-After, so clients and Stripe try again later, and keeps 500 for the second. The error may
// come straight from pg or wrapped by Prisma (its driver adapter keeps pg's code as originalCode).

// statement_timeout (57014), an administrator or shutdown ending the session (57P01-57P04),
// idle_in_transaction_session_timeout (25P03), too many connections (53300), the connection
// exceptions (class 08).
const POSTGRES_CODES = /^(57014|57P0[1-4]|25P03|53300|08[0-9A-Z]{3})$/;
// Prisma: server unreachable, timed out, connection closed, no free connection in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
// pg's own errors carry no code: its connection and read timeouts, a connection that ended.
const MESSAGES =
  /Query read timeout|timeout expired|connection timeout|Connection terminated|not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)/i;

function codeMatches(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return POSTGRES_CODES.test(code) || PRISMA_CODES.has(code) || NODE_CODES.has(code);
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const fields = error as Record<string, unknown>;
  if (codeMatches(fields.code) || codeMatches(fields.originalCode)) return true;
  if (typeof fields.message === "string" && MESSAGES.test(fields.message)) return true;
  if (typeof fields.originalMessage === "string" && MESSAGES.test(fields.originalMessage)) {
    return true;
  }
  const meta = fields.meta as Record<string, unknown> | undefined;
  return (
    isDatabaseUnavailable(fields.cause, depth + 1) ||
    isDatabaseUnavailable(meta?.driverAdapterError, depth + 1)
  );
}
