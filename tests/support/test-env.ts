// The test tooling's own variables, kept out of the app's schema (lib/env.ts): where the tests find
// PostgreSQL, the browser tests' server and browser. Beside lib/env.ts, the one module that touches
// process.env (Biome enforces it): tests that configure the app before importing it go through
// setEnv, so every write to the environment is visible as one.
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const optionalPostgresUrl = optionalText.refine(
  (value) => value === undefined || /^postgres(ql)?:\/\/.+/.test(value),
  { error: "must be a PostgreSQL URL such as postgresql://postgres@127.0.0.1:5432/postgres" },
);

// Documented in .env.example (scripts/docs-env.ts), in the same format as lib/env.ts.
const documented = {
  TEST_DATABASE_URL: optionalPostgresUrl.meta({
    description:
      "A PostgreSQL server where the tests may create and drop bh_test_* databases. Unset: an embedded PostgreSQL with its data in .data/test.",
    examples: ["postgresql://postgres@127.0.0.1:5432/postgres"],
  }),
  E2E_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1)
    .max(65535)
    .default(3100)
    .meta({
      description:
        "The port of the production server the browser tests start (its Stripe emulator takes E2E_PORT + 9031). Unset: 3100.",
    }),
  CHROME_PATH: optionalText.meta({
    description:
      "The Chrome or Chromium the browser tests drive. Unset: the usual install paths, then Playwright's own browser.",
    examples: ["/usr/bin/chromium"],
  }),
  FUZZ_CASES: z.coerce.number({ error: "must be a number" }).int().min(1).default(1000).meta({
    description:
      "How many generated requests the fuzz suite sends (tests/fuzz). Unset: 1000 in `npm test`; `npm run fuzz` sets 10000.",
  }),
  FUZZ_SEED: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .optional()
    .meta({
      description:
        "The fuzz suite's seed, to replay a run it printed. Unset: a new seed each run (printed first).",
      examples: ["12345"],
    }),
  FUZZ_SECONDS: z.coerce.number({ error: "must be a number of seconds" }).min(1).default(600).meta({
    description:
      "The fuzz suite stops sending after this many seconds, whatever FUZZ_CASES says (and fails, saying so). Unset: 600.",
  }),
};

export const TEST_ENV_SECTION = { title: "Tests only", variables: documented } as const;

const testEnvSchema = z.object({
  ...documented,
  // Set by playwright.config.ts for its workers and server: the browser tests' database.
  E2E_DATABASE_NAME: optionalText,
  E2E_DATABASE_URL: optionalPostgresUrl,
  // Set by CI services and .ci/run.
  CI: optionalText,
});

export type TestEnv = z.infer<typeof testEnvSchema>;

/** Read on each call: playwright.config.ts sets E2E_DATABASE_URL after start-up. */
export function testEnv(): TestEnv {
  const result = testEnvSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(["The tests' environment is malformed:", ...lines].join("\n"));
  }
  return result.data;
}

/** The browser tests' database; only set under Playwright. */
export function e2eDatabaseUrl(): string {
  const url = testEnv().E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run this through `npx playwright test`.");
  return url;
}

/**
 * Sets (or, with undefined, removes) variables for app modules imported afterwards: lib/env.ts reads
 * the environment once, when first imported.
 */
export function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/** The whole environment, for a child process to start from. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/** One variable as the process has it now, before the app's modules have read it. */
export function envValue(name: string): string | undefined {
  return process.env[name];
}

/** The environment for a child process (an extra app server): this one's, with `overrides` on top. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
