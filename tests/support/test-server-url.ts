/** The embedded test PostgreSQL (see test-database.ts), used when TEST_DATABASE_URL is unset. */
export const EMBEDDED_TEST_PORT = 54339;
export const EMBEDDED_TEST_SERVER_URL = `postgresql://postgres:postgres@localhost:${EMBEDDED_TEST_PORT}/postgres`;
