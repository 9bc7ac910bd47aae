// The one place that reads process.env. Everything else imports `env` from here, so a missing or
// malformed variable is caught once, at start-up (and at build time, through next.config.ts), with a
// message that names every problem and how to fix it. Defaults make the embedded set-up work with no
// .env at all; the README's table and .env.example are generated from the descriptions below.
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { z } from "zod";
import { type HelpLine, helpLinesFileSchema } from "./safety/help-line-schema";

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

/** A duration in milliseconds, from 100 ms to 10 minutes. */
const milliseconds = (fallback: number) =>
  z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int()
    .min(100)
    .max(600_000)
    .default(fallback);

/** A pledge allowance (lib/pledges/pledge-rate-limit.ts): a whole number of pledges, at least 1. */
const pledgeCount = (fallback: number, description: string) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(1)
    .default(fallback)
    .meta({ description });

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** "192.0.2.7", "10.0.0.0/8", "2001:db8::/32". */
function isAddressOrRange(entry: string): boolean {
  const [address = "", prefix, extra] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

// Every variable the app reads, by section. Each one ends with `.meta({ description })`: what it is
// and what happens when it is unset, in a sentence or two. `npm run docs:env` writes the README's
// configuration table and .env.example from these (scripts/docs-env.ts) and fails on a variable
// without a description; `examples` gives .env.example a value where there is no default, and
// `default` words a default the schema computes. Test tooling's variables live in
// tests/support/test-env.ts, not here.

const database = {
  DATABASE_URL: optionalPostgresUrl.meta({
    description:
      "Your PostgreSQL server (15 or newer). Unset: `npm run dev` and `npm start` run an embedded PostgreSQL with its data in DATA_DIR.",
    examples: ["postgresql://user:password@localhost:5432/blueheart"],
  }),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .max(200)
    .default(10)
    .meta({
      description:
        "How many connections each app instance keeps open to PostgreSQL (1 to 200). Unset: 10.",
    }),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(3000).meta({
    description:
      "How long a request waits to open a connection to PostgreSQL, or for a free one when all are busy, before it is answered 503 (100 to 600000). Unset: 3000.",
  }),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(3000).meta({
    description:
      "How long one SQL statement may run before PostgreSQL cancels it; a server that does not answer at all is given up on half a second later (100 to 600000). Unset: 3000.",
  }),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(10000).meta({
    description:
      "How long PostgreSQL keeps a session that sits idle inside a transaction before ending it and releasing its locks (100 to 600000). Unset: 10000.",
  }),
  DATA_DIR: z.string().trim().min(1).default(".data").meta({
    description:
      "The folder for local data: the embedded database, the secrets generated when they are unset, the emulator's payments in development. Unset: .data (git-ignored).",
  }),
  EMBEDDED_DB_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1024)
    .max(65535)
    .default(54329)
    .meta({
      description:
        "The port of the embedded PostgreSQL, used only when DATABASE_URL is unset. Unset: 54329.",
    }),
};

const site = {
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1)
    .max(65535)
    .default(3000)
    .meta({
      description: "The port the web server listens on (Next.js reads it too). Unset: 3000.",
    }),
  WEB_CONCURRENCY: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .max(64)
    .optional()
    .meta({
      description:
        "How many web server processes `npm start` runs, sharing the port (1 to 64). Each keeps its own DATABASE_POOL_SIZE connections. `npm run dev` always runs one. Unset: one per CPU core.",
    }),
  SITE_URL: httpUrl.optional().meta({
    description:
      "The public address of the site, for absolute links (Stripe's return pages, the pledge share link), the sitemap and Open Graph. A production build bakes it into its prerendered pages, so build with the address you serve: `npm start` stops when they differ. Unset: http://localhost:$PORT in development; with `npm start`, the address the build was made for.",
    default: "`http://localhost:$PORT`, or the build's",
    examples: ["https://blueheart.example.org"],
  }),
  MESSAGES_OVERRIDE_DIR: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      description:
        "A folder of your own wording for any message, laid out like messages/ (<locale>.json, <locale>/pledge.json, ...) with only the strings you change (README, “Your own wording”). Checked at build and start: a key English does not have, or a message whose {arguments} or <tags> differ from the built-in one, stops them, naming the file and the key. Prerendered pages bake it in: build with it set, and build again after editing the files. Unset: the built-in catalogs.",
      examples: ["config/messages"],
    }),
};

// Who runs this deployment and where the money goes. Nothing may suggest an official UN site
// unless OFFICIAL_UN_SITE is true.
const operator = {
  OPERATOR_NAME: z.string().trim().min(1).max(200).default("Blue Heart demo deployment").meta({
    description:
      'Who runs this deployment, named on the donate, privacy and "where donations go" pages and in the footer. Unset: "Blue Heart demo deployment".',
  }),
  OPERATOR_URL: httpUrl.optional().meta({
    description:
      'The operator\'s website, linked from the privacy and "where donations go" pages. Unset: no link.',
    examples: ["https://example.org"],
  }),
  OPERATOR_CONTACT_EMAIL: z
    .email({ error: "must be an email address" })
    .optional()
    .meta({
      description:
        'Where people write about their data and their gifts, shown on the privacy and "where donations go" pages. Unset: in development the privacy notice says plainly that it is missing; `npm start` refuses to start.',
      examples: ["privacy@example.org"],
    }),
  BENEFICIARY_NAME: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .default("UN Voluntary Trust Fund for Victims of Trafficking in Persons")
    .meta({
      description:
        'Who receives the donations, named beside the donate button and on the "where donations go" page. Unset: the UN Voluntary Trust Fund for Victims of Trafficking in Persons.',
    }),
  BENEFICIARY_URL: httpUrl.optional().meta({
    description: "The beneficiary's website, linked beside its name. Unset: no link.",
    examples: ["https://example.org/fund"],
  }),
  OPERATOR_POSTAL_ADDRESS: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .meta({
      description:
        "The operator's postal address, one line, printed in the footer of every email the site sends (many countries require it of campaign and fundraising email). Unset: the footer names the operator and its contact only.",
      examples: ["1 Example Street, 1000 Example City, Country"],
    }),
  OFFICIAL_UN_SITE: flag.default(false).meta({
    description:
      "true only on a deployment the United Nations runs itself: only then may a page present the site as an official UN site. Unset: false.",
  }),
};

const pledges = {
  FORM_TOKEN_SECRET: z
    .string()
    .min(16, { error: "must be at least 16 characters" })
    .optional()
    .meta({
      description:
        "Signs the time stamp the pledge form carries (16 characters or more). Unset: `npm run dev` and `npm start` generate one into DATA_DIR and keep it; set it when several instances serve the site.",
      default: "generated into DATA_DIR",
    }),
  PLEDGE_CONFIRMATION: z
    .enum(["required", "off"], { error: "use required or off" })
    .optional()
    .meta({
      description:
        "required: a pledge is counted only once its signer confirms it from an email (a link to a page with a “Confirm my pledge” button); unconfirmed pledges are deleted with their details after 7 days. off: counted at once, no email. `npm start` refuses required without SMTP_URL. Unset: required whenever email is on (SMTP_URL, or the mail catcher of `npm run dev`), off when it is not.",
      default: "required with email, else off",
    }),
  PLEDGE_MIN_SUBMIT_SECONDS: z.coerce
    .number({ error: "must be a number of seconds" })
    .min(0)
    .max(600)
    .default(3)
    .meta({
      description:
        "A pledge sent sooner than this many seconds after the form was shown is refused as a likely bot (0 turns the check off). Unset: 3.",
    }),
  PLEDGE_RATE_LIMIT_BURST: pledgeCount(
    60,
    'Pledges one IP address may send at once: a classroom or an office shares one address (docs/decisions/013-sign-in-limits-and-sessions.md). Past it, the form says "try again in N minutes". Unset: 60.',
  ),
  PLEDGE_RATE_LIMIT_PER_HOUR: pledgeCount(
    60,
    "How fast that allowance grows back, in pledges per hour, continuously (60 is one a minute). Unset: 60.",
  ),
  PLEDGE_DOMAIN_RATE_LIMIT_BURST: pledgeCount(
    40,
    "Pledges one IP address may send at once with emails at one domain: a class of 35 at its school's domain fits; a flood of made-up addresses at one domain stops sooner. Unset: 40.",
  ),
  PLEDGE_DOMAIN_RATE_LIMIT_PER_HOUR: pledgeCount(
    40,
    "How fast that allowance grows back, in pledges per hour. Unset: 40.",
  ),
  PUBLIC_COUNTRY_MIN_PLEDGES: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(1)
    .default(10)
    .meta({
      description:
        "A country's pledge count is published only once it reaches this many; below it, one pledge more or less could tell whether a known address had signed (docs/counting-rule.md). Unset: 10.",
    }),
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
    })
    .meta({
      description:
        "The counter's milestones, whole numbers in ascending order: when one is passed, the next becomes the goal. Unset: 100,1000,10000,100000,1000000.",
    }),
  LIVE_COUNTER_MAX_STREAMS: z.coerce
    .number({ error: "must be a whole number" })
    .int()
    .min(0)
    .max(100_000)
    .default(2000)
    .meta({
      description:
        "How many open pages one app instance keeps a live counter stream for (GET /api/stats/stream). Past it, a page is refused politely and polls /api/stats instead; 0 turns the stream off on this instance (docs/decisions/028-live-counter.md). Unset: 2000.",
    }),
};

const privacy = {
  IP_HASH_SALT: z.string().min(16, { error: "must be at least 16 characters" }).optional().meta({
    description:
      "The salt of the HMAC under which IP addresses are stored, never in clear (16 characters or more). Unset: `npm run dev` and `npm start` generate one into DATA_DIR and keep it; set it when several instances serve the site.",
    default: "generated into DATA_DIR",
  }),
  TRUSTED_PROXY_COUNT: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(0)
    .max(10)
    .default(0)
    .meta({
      description:
        "How many reverse proxies you run in front of the app, each appending the address it saw to X-Forwarded-For; the client's address is the entry before theirs. Unset: 0, the socket's peer is the client and no header is believed (X-Real-IP and Forwarded never are; docs/decisions/012-client-address.md).",
    }),
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .default("")
    .transform((value, context) => {
      const entries = value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      const bad = entries.filter((entry) => !isAddressOrRange(entry));
      if (bad.length > 0) {
        context.addIssue({
          code: "custom",
          message: `not an IP address or CIDR range: ${bad.join(", ")} (e.g. 10.0.0.0/8,192.0.2.7)`,
        });
        return z.NEVER;
      }
      return entries;
    })
    .meta({
      description:
        "Instead of a count: the addresses or CIDR ranges of your proxies, separated by commas; the client is the right-most X-Forwarded-For hop outside them (safer when a client could reach the app around the proxy). Takes precedence over TRUSTED_PROXY_COUNT. Unset: none.",
      examples: ["10.0.0.0/8,192.0.2.7"],
    }),
};

// Staff sign-in (Auth.js).
const staffSignIn = {
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional().meta({
    description:
      "Signs and encrypts the staff session cookies (32 characters or more: openssl rand -hex 32). Unset: `npm run dev` and `npm start` generate one into DATA_DIR and keep it; set it when several instances serve the site.",
    default: "generated into DATA_DIR",
  }),
  AUTH_SESSION_HOURS: z.coerce
    .number({ error: "must be a number" })
    .min(0.25)
    .max(24)
    .default(8)
    .meta({
      description:
        "The longest a staff session lasts from sign-in, in hours (0.25 to 24), however active. Unset: 8, a working day.",
    }),
  AUTH_IDLE_MINUTES: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .max(480)
    .default(30)
    .meta({
      description:
        "A staff session ends after this many minutes without a page load or action (1 to 480). Unset: 30.",
    }),
  AUTH_GITHUB_ID: optionalText.meta({
    description:
      "The client ID of a GitHub OAuth app, for GitHub sign-in by existing staff (with AUTH_GITHUB_SECRET). Unset: no GitHub sign-in.",
  }),
  AUTH_GITHUB_SECRET: optionalText.meta({
    description:
      "The client secret of that GitHub OAuth app (with AUTH_GITHUB_ID). Unset: no GitHub sign-in.",
  }),
  AUTH_RESEND_KEY: optionalText.meta({
    description:
      "A Resend API key, for email-link sign-in by existing staff (with AUTH_EMAIL_FROM). Unset: no email-link sign-in.",
  }),
  AUTH_EMAIL_FROM: z
    .email({ error: "must be an email address" })
    .optional()
    .meta({
      description:
        "The sender of those sign-in emails (with AUTH_RESEND_KEY). Unset: no email-link sign-in.",
      examples: ["staff@example.org"],
    }),
};

// Donations (Stripe Checkout): real Stripe, the offline emulator, or "not configured" (lib/stripe.ts).
const donations = {
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_/, {
      error: "must be a Stripe secret key (sk_test_… or sk_live_…)",
    })
    .optional()
    .meta({
      description:
        "Your Stripe secret key (sk_test_… first, then sk_live_…). Unset: `npm run dev` runs the offline Stripe emulator (test mode, no real money); `npm start` says donations are not configured unless STRIPE_EMULATOR=true.",
      examples: ["sk_test_..."],
    }),
  STRIPE_WEBHOOK_SECRET: optionalText.meta({
    description:
      "The signing secret (whsec_…) of your Stripe webhook endpoint; with the emulator, the secret it signs its events with. Unset: with real keys donations stay off; the emulator uses one generated into DATA_DIR.",
    examples: ["whsec_..."],
  }),
  STRIPE_EMULATOR: flag.default(false).meta({
    description:
      "true sends the Stripe SDK to the offline emulator (test mode, no real money). `npm run dev` turns it on itself when there is no key; set it for `npm start` to show donations without Stripe, as the browser tests do. Unset: false.",
  }),
  STRIPE_EMULATOR_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1024)
    .max(65535)
    .default(12111)
    .meta({
      description:
        "The port of the emulator that `npm run dev` (or `npm start` with STRIPE_EMULATOR=true) starts. Unset: 12111.",
    }),
  STRIPE_API_HOST: z.string().trim().min(1).default("localhost").meta({
    description:
      "The host the Stripe SDK sends its requests to when the emulator is in use; `npm run dev` and `npm start` set it when they start the emulator. Unset: localhost.",
  }),
  STRIPE_API_PORT: z.coerce
    .number({ error: "must be a port number" })
    .int()
    .min(1)
    .max(65535)
    .optional()
    .meta({
      description:
        "The port of those requests; `npm run dev` and `npm start` set it when they start the emulator. Unset: the emulator is not in use.",
    }),
  STRIPE_API_PROTOCOL: z
    .enum(["http", "https"], { error: "use http or https" })
    .default("http")
    .meta({
      description: "http or https for those requests. Unset: http.",
    }),
  DONATION_CURRENCIES: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}(\s*,\s*[a-zA-Z]{3})*$/, { error: "use ISO codes separated by commas" })
    .default("usd,eur,gbp,chf,jpy")
    .meta({
      description:
        "The currencies offered on the donate page, ISO codes separated by commas; the first is preselected. Unset: usd,eur,gbp,chf,jpy.",
    }),
  DONATION_PRESETS: optionalText.meta({
    description:
      "Preset amounts in major units per currency, as usd=10,25,50,100;jpy=1000,3000,5000. Unset: each currency's presets in lib/donations/currencies.ts.",
    examples: ["usd=10,25,50,100;jpy=1000,3000,5000,10000"],
  }),
  DONATION_MAX: optionalText.meta({
    description:
      "The largest gift in major units per currency, as usd=10000;jpy=1500000. Unset: each currency's maximum in lib/donations/currencies.ts (10,000 in usd).",
    examples: ["usd=10000;eur=10000;jpy=1500000"],
  }),
  SETTLEMENT_CURRENCY: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{3}$/, { error: "must be an ISO currency code such as usd" })
    .transform((value) => value.toLowerCase())
    .default("usd")
    .meta({
      description:
        'Your Stripe account\'s settlement currency: the public "raised" figure is counted in it. Unset: usd.',
    }),
  STRIPE_FEE_PERCENT: z
    .string()
    .trim()
    .regex(/^\d{1,2}(\.\d{1,2})?$/, { error: "must be a percentage such as 2.9" })
    .optional()
    .meta({
      description:
        "The percentage Stripe takes of a card payment, for the donate form's \"cover the card fee\" option (docs/decisions/022-donation-minimums.md). Unset: Stripe's standard rate for domestic cards in the settlement currency's country (lib/donations/card-fee.ts; usd 2.9).",
      examples: ["2.9"],
    }),
  STRIPE_FEE_FIXED: z
    .string()
    .trim()
    .regex(/^\d{1,4}(\.\d{1,2})?$/, { error: "must be an amount such as 0.30" })
    .optional()
    .meta({
      description:
        "The fixed part of Stripe's card fee, in major units of SETTLEMENT_CURRENCY, for the \"cover the card fee\" option. Unset: Stripe's standard fixed fee for the settlement currency (usd 0.30).",
      examples: ["0.30"],
    }),
  STRIPE_PAYMENT_METHOD_CONFIGURATION: optionalText
    .refine((value) => value === undefined || /^pmc_[A-Za-z0-9]+$/.test(value), {
      error: "must be a payment method configuration id such as pmc_1Abc",
    })
    .meta({
      description:
        "The payment method configuration every Checkout Session uses (docs/decisions/026-checkout-settings.md). Unset: the account's default configuration, managed in the Stripe Dashboard.",
      examples: ["pmc_1NfakeExample"],
    }),
  STRIPE_ADAPTIVE_PRICING: flag.default(false).meta({
    description:
      "true lets Stripe show the donor the gift in their local currency (Adaptive Pricing, with Stripe's conversion fee paid by the donor); every Checkout Session sets it (docs/decisions/026-checkout-settings.md). Unset: false.",
  }),
  DONATION_RATE_LIMIT_PER_IP: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .default(10)
    .meta({
      description:
        "Checkout sessions one IP address may open per 10 minutes, against card testing. Unset: 10.",
    }),
  DONATION_SUCCESS_RATE_LIMIT_PER_IP: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .default(30)
    .meta({
      description:
        "Loads of the donation success page one IP address may make per 10 minutes (each may ask Stripe about a payment still in progress). Unset: 30.",
    }),
  DONATION_RATE_LIMIT_TOTAL: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1)
    .default(300)
    .meta({
      description: "Checkout sessions the whole site may open per 10 minutes. Unset: 300.",
    }),
};

// Email (lib/email): every message goes through the outbox and the job queue
// (docs/decisions/030-job-queue.md).
const email = {
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })
    .optional()
    .meta({
      description:
        "Your mail server, as smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://user:password@host:465 (TLS from the start); percent-encode special characters in the password. Unset: `npm run dev` starts a local mail catcher and prints its inbox address; `npm start` sends no email and says which features wait for it.",
      examples: ["smtp://user:password@smtp.example.org:587"],
    }),
  EMAIL_FROM: z
    .email({ error: "must be an email address" })
    .optional()
    .meta({
      description:
        "The sender address of every email, shown with OPERATOR_NAME as its name. Required with SMTP_URL; use an address of a domain whose SPF and DKIM records allow your mail server. Unset: no email (`npm run dev` uses one of its own with the mail catcher).",
      examples: ["blueheart@example.org"],
    }),
  EMAIL_REPLY_TO: z
    .email({ error: "must be an email address" })
    .optional()
    .meta({
      description:
        "Where replies to the site's emails go. Unset: OPERATOR_CONTACT_EMAIL, or no Reply-To when that is unset too.",
      examples: ["contact@example.org"],
    }),
  EMAIL_SEND_TIMEOUT_MS: milliseconds(30000).meta({
    description:
      "How long one delivery attempt may wait for the mail server (100 to 600000). An attempt whose worker died is taken up again after twice this; failed attempts are retried with growing pauses. Unset: 30000.",
  }),
};

const logs = {
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info")
    .meta({
      description:
        "How much the server logs: JSON lines on standard output, one per request at `info`, each with its request id and never an email, a name or an address. `warn` keeps only what someone should look at. Unset: info.",
    }),
};

/**
 * HELP_LINES_FILE: a JSON array of help-line entries, read and checked here so a bad file stops the
 * build and `npm start` with the rest of the environment's problems. An entry is named by its index
 * and id in the message, with what is wrong.
 */
function readHelpLinesFile(path: string, context: z.RefinementCtx): HelpLine[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    context.addIssue({ code: "custom", message: `cannot read ${path} as JSON: ${reason}` });
    return z.NEVER;
  }
  const result = helpLinesFileSchema.safeParse(parsed);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const [index, ...field] = issue.path;
    const entry = Array.isArray(parsed) && typeof index === "number" ? parsed[index] : undefined;
    const id =
      entry !== null && typeof entry === "object" && "id" in entry ? ` (${String(entry.id)})` : "";
    const where = typeof index === "number" ? `entry ${index}${id}` : "the file";
    const name = field.length > 0 ? ` ${field.join(".")}` : "";
    context.addIssue({ code: "custom", message: `${path}, ${where}${name}: ${issue.message}` });
  }
  return z.NEVER;
}

// For the people the campaign is about: leaving the site quickly, and where to get help.
const safety = {
  QUICK_EXIT_URL: httpUrl.default("https://www.bbc.co.uk/weather").meta({
    description:
      "Where the quick-exit control on every page sends the visitor: a neutral site that shows no personalised content (docs/decisions/017-safety-features.md). Prerendered pages bake it in at build time. Unset: https://www.bbc.co.uk/weather, GOV.UK's choice.",
  }),
  HELP_LINES_FILE: z
    .string()
    .trim()
    .min(1)
    .optional()
    .transform((path, context) => (path === undefined ? [] : readHelpLinesFile(path, context)))
    .meta({
      description:
        'A JSON file of help lines to add to the "Get help" page, or to replace built-in ones with the same id: an array of { id, country, name, contacts: [{ kind, value }], sources: [{ url, dated }], checked, note } (lib/safety/help-line-schema.ts). Every entry needs its source and the date it was checked; a bad file stops start-up. Unset: the built-in lines only.',
      examples: ["config/help-lines.json"],
    }),
};

/** The sections of the README's table and of .env.example, in order. */
export const ENV_SECTIONS = [
  { title: "Database", variables: database },
  { title: "The site", variables: site },
  { title: "Who runs this deployment", variables: operator },
  { title: "Pledges", variables: pledges },
  { title: "Privacy and abuse protection", variables: privacy },
  { title: "Staff sign-in (Auth.js)", variables: staffSignIn },
  { title: "Donations (Stripe)", variables: donations },
  { title: "Email", variables: email },
  { title: "Logs", variables: logs },
  { title: "Safety: quick exit and help lines", variables: safety },
] as const;

const envSchema = z.object({
  // Set by the tooling (`next dev`, `next build`, Vitest), never by a person: not documented.
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  ...database,
  ...site,
  ...operator,
  ...pledges,
  ...privacy,
  ...staffSignIn,
  ...donations,
  ...email,
  ...logs,
  ...safety,
});

const DEVELOPMENT_IP_SALT = "blue-heart-development-salt-not-secret";
// Anyone who knows the signing secret can forge a staff session, so this well-known value is
// never used in production: there, an unset AUTH_SECRET leaves sign-in refusing to work.
const DEVELOPMENT_AUTH_SECRET = "blue-heart-development-auth-secret-not-secret";

// `npm run dev` / `npm start` generate and keep a random salt in DATA_DIR when none is set (see
// lib/database/local-secrets.ts); this constant only serves tests and one-off scripts.
const checkedEnvSchema = envSchema
  .superRefine((value, context) => {
    if (value.SMTP_URL !== undefined && value.EMAIL_FROM === undefined) {
      context.addIssue({
        code: "custom",
        path: ["EMAIL_FROM"],
        message: "is required with SMTP_URL: the address the site's emails are sent from",
      });
    }
  })
  .transform((value) => ({
    ...value,
    // scripts/run-app.ts sets it for `npm start` to the address the build was made for.
    SITE_URL: value.SITE_URL ?? `http://localhost:${value.PORT}`,
    IP_HASH_SALT: value.IP_HASH_SALT ?? DEVELOPMENT_IP_SALT,
    AUTH_SECRET:
      value.AUTH_SECRET ?? (value.NODE_ENV === "production" ? undefined : DEVELOPMENT_AUTH_SECRET),
  }));

export type Env = z.infer<typeof checkedEnvSchema>;

/**
 * Variables that prerendered pages bake in at build time (links, share tags, who runs the site).
 * `npm start` refuses a start whose values differ from the build's (lib/build-record.ts).
 */
export const BAKED_AT_BUILD = [
  "SITE_URL",
  "OPERATOR_NAME",
  "OPERATOR_URL",
  "OPERATOR_CONTACT_EMAIL",
  "BENEFICIARY_NAME",
  "BENEFICIARY_URL",
  "OFFICIAL_UN_SITE",
  "QUICK_EXIT_URL",
  "MESSAGES_OVERRIDE_DIR",
] as const satisfies readonly (keyof Env)[];

/** Every variable this app reads; all but NODE_ENV are in ENV_SECTIONS. */
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
