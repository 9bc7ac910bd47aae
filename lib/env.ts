// The one place that reads process.env. Everything else imports `env` from here, so a missing or
// malformed variable is caught once, at start-up (and at build time, through next.config.ts), with a
// message that names every problem and how to fix it. Defaults make the embedded set-up work with no
// .env at all; docs and .env.example describe each variable.
import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "use true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
    error: "must be a PostgreSQL URL such as postgresql://user:password@host:5432/database",
  });

const optionalPostgresUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(postgresUrl.optional())
  .optional();

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

  // Database. Unset: `npm run dev` / `npm start` run an embedded PostgreSQL with its data in DATA_DIR.
  DATABASE_URL: optionalPostgresUrl,
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .max(200)
    .default(10),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  EMBEDDED_DB_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1024)
    .max(65535)
    .default(54329),

  // The public address of the site, used for absolute links, the sitemap and Open Graph.
  SITE_URL: httpUrl.default("http://localhost:3000"),

  // Who runs this deployment and where the money goes: shown on the donate and "where donations
  // go" pages. Nothing may suggest an official UN site unless OFFICIAL_UN_SITE is true.
  OPERATOR_NAME: z.string().trim().min(1).max(200).default("Blue Heart demo deployment"),
  OPERATOR_URL: httpUrl.optional(),
  OPERATOR_CONTACT_EMAIL: z.email({ error: "must be an email address" }).optional(),
  BENEFICIARY_NAME: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default("UN Voluntary Trust Fund for Victims of Trafficking in Persons"),
  BENEFICIARY_URL: httpUrl.optional(),
  OFFICIAL_UN_SITE: flag.default(false),

  // Privacy and abuse protection. IP addresses are stored only as HMACs with this salt.
  IP_HASH_SALT: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
  /** How many reverse proxies you run in front of the app (each appends to X-Forwarded-For). */
  TRUSTED_PROXY_COUNT: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(0)
    .max(10)
    .default(0),

  // Test tooling only.
  TEST_DATABASE_URL: optionalPostgresUrl,
  CHROME_PATH: optionalText,
  CI: optionalText,
});

const DEVELOPMENT_IP_SALT = "blue-heart-development-salt-not-secret";

// `npm run dev` / `npm start` generate and keep a random salt in DATA_DIR when none is set (see
// lib/database/local-secrets.ts); this constant only serves tests and one-off scripts.
const checkedEnvSchema = envSchema.transform((value) => ({
  ...value,
  IP_HASH_SALT: value.IP_HASH_SALT ?? DEVELOPMENT_IP_SALT,
}));

export type Env = z.infer<typeof checkedEnvSchema>;

/** Turns zod's issues into one message a person can act on, naming every bad variable. */
export function describeEnvErrors(error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const name = issue.path.join(".") || "(environment)";
    return `  - ${name}: ${issue.message}`;
  });
  return [
    "Blue Heart cannot start: some environment variables are missing or malformed.",
    ...lines,
    "Fix them in your shell or in .env (see .env.example for every variable and its meaning).",
  ].join("\n");
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = checkedEnvSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(describeEnvErrors(result.error));
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
