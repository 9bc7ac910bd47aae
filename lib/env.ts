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

  /** The port `next start` / `next dev` listen on (Next.js reads it too). */
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(3000),

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

  // The pledge (lib/pledges). The form carries a signed time stamp; a submission sooner than
  // PLEDGE_MIN_SUBMIT_SECONDS after the form was shown is refused as a likely bot.
  FORM_TOKEN_SECRET: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
  PLEDGE_MIN_SUBMIT_SECONDS: z.coerce
    .number({ error: "must be a number of seconds" })
    .min(0)
    .max(600)
    .default(3),
  /** Pledges accepted per IP address per window; past it, "try again in N minutes". */
  PLEDGE_RATE_LIMIT_POINTS: z.coerce.number({ error: "must be a number" }).int().min(1).default(20),
  PLEDGE_RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ error: "must be a number of seconds" })
    .int()
    .min(1)
    .default(3600),
  /** The counter's milestones, ascending; when one is passed the next becomes the goal. */
  PLEDGE_GOALS: z
    .string()
    .trim()
    .default("100,1000,10000,100000,1000000")
    .transform((value, context) => {
      const goals = value.split(",").map((part) => Number(part.trim()));
      const ascending = goals.every(
        (goal, index) => Number.isSafeInteger(goal) && goal > 0 && goal > (goals[index - 1] ?? 0),
      );
      if (!ascending) {
        context.addIssue({
          code: "custom",
          message: "must be whole numbers in ascending order, e.g. 1000,10000,100000",
        });
        return z.NEVER;
      }
      return goals;
    }),

  // Privacy and abuse protection. IP addresses are stored only as HMACs with this salt.
  IP_HASH_SALT: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
  /** How many reverse proxies you run in front of the app (each appends to X-Forwarded-For). */
  TRUSTED_PROXY_COUNT: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(0)
    .max(10)
    .default(0),

  // Staff sign-in (Auth.js). `npm run dev` / `npm start` generate AUTH_SECRET into DATA_DIR when
  // unset; a deployment with several instances must set it (openssl rand -hex 32).
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** Hard limit on a staff session, from sign-in: a working day. */
  AUTH_SESSION_HOURS: z.coerce.number({ error: "must be a number" }).min(0.25).max(24).default(8),
  /** A staff session ends after this many minutes without a page load or action. */
  AUTH_IDLE_MINUTES: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .max(480)
    .default(30),
  /** Optional GitHub sign-in for existing staff (both set, or neither). */
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  /** Optional email-link sign-in for existing staff, sent through Resend (both set, or neither). */
  AUTH_RESEND_KEY: optionalText,
  AUTH_EMAIL_FROM: z.email({ error: "must be an email address" }).optional(),

  // Donations (Stripe Checkout). With no STRIPE_SECRET_KEY, `npm run dev` starts the offline Stripe
  // emulator and sets STRIPE_EMULATOR and STRIPE_API_*; a production start without keys shows
  // "donations are not configured" unless STRIPE_EMULATOR=true (test mode, no real money).
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_/, {
      error: "must be a Stripe secret key (sk_test_… or sk_live_…)",
    })
    .optional(),
  /** The signing secret of the webhook endpoint (whsec_…); the emulator signs with it too. */
  STRIPE_WEBHOOK_SECRET: optionalText,
  STRIPE_EMULATOR: flag.default(false),
  /** Where `npm run dev` starts the emulator. */
  STRIPE_EMULATOR_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1024)
    .max(65535)
    .default(12111),
  /** Where the Stripe SDK sends API requests when the emulator is in use. */
  STRIPE_API_HOST: z.string().trim().min(1).default("localhost"),
  STRIPE_API_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1)
    .max(65535)
    .optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"], { error: "use http or https" }).default("http"),
  /** Currencies offered on the donate page, first is the default: "usd,eur,gbp,chf,jpy". */
  DONATION_CURRENCIES: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}(\s*,\s*[a-zA-Z]{3})*$/, { error: "use ISO codes separated by commas" })
    .default("usd,eur,gbp,chf,jpy"),
  /** Preset amounts in major units per currency: "usd=10,25,50,100;jpy=1000,3000,5000". */
  DONATION_PRESETS: optionalText,
  /** Largest gift in major units per currency: "usd=10000;jpy=1500000". */
  DONATION_MAX: optionalText,
  /** The Stripe account's settlement currency: the public "raised" figure is counted in it. */
  SETTLEMENT_CURRENCY: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}$/, { error: "must be an ISO currency code such as usd" })
    .transform((value) => value.toLowerCase())
    .default("usd"),
  /** Checkout sessions one IP address may open per 10 minutes (card testers). */
  DONATION_RATE_LIMIT_PER_IP: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .default(10),
  /** Checkout sessions the whole site may open per 10 minutes. */
  DONATION_RATE_LIMIT_TOTAL: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .default(300),

  // Test tooling only.
  TEST_DATABASE_URL: optionalPostgresUrl,
  /** The port of the server under browser test. */
  E2E_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1)
    .max(65535)
    .default(3100),
  /** Set by playwright.config.ts: the database of the server under browser test. */
  E2E_DATABASE_URL: optionalPostgresUrl,
  CHROME_PATH: optionalText,
  CI: optionalText,
});

const DEVELOPMENT_IP_SALT = "blue-heart-development-salt-not-secret";
// Anyone who knows the signing secret can forge a staff session, so this well-known value is
// never used in production: there, an unset AUTH_SECRET leaves sign-in refusing to work.
const DEVELOPMENT_AUTH_SECRET = "blue-heart-development-auth-secret-not-secret";

// `npm run dev` / `npm start` generate and keep a random salt in DATA_DIR when none is set (see
// lib/database/local-secrets.ts); this constant only serves tests and one-off scripts.
const checkedEnvSchema = envSchema.transform((value) => ({
  ...value,
  IP_HASH_SALT: value.IP_HASH_SALT ?? DEVELOPMENT_IP_SALT,
  AUTH_SECRET:
    value.AUTH_SECRET ?? (value.NODE_ENV === "production" ? undefined : DEVELOPMENT_AUTH_SECRET),
}));

export type Env = z.infer<typeof checkedEnvSchema>;

/** Every variable this app reads (the README's table and .env.example must list them). */
export const ENV_VARIABLE_NAMES = Object.keys(envSchema.shape);

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
