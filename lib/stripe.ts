import "server-only";
// The one Stripe client. Three set-ups, decided by configuration (lib/env.ts):
// - STRIPE_SECRET_KEY set: real Stripe (test or live keys); the emulator is never used.
// - no key and STRIPE_EMULATOR=true: the offline emulator (tools/stripe-emulator), which `npm run
//   dev` starts; the SDK talks to it unchanged through its host/port/protocol options.
// - neither: donations are not configured; the donate page says so instead of offering a button.
import Stripe from "stripe";
import { env } from "@/lib/env";

/**
 * Pinned to the version stripe 23.1.0 was generated for, so the objects we read have the shape its
 * types describe, whatever the account's default version is. Upgrade it with the package.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive" as const satisfies Stripe.LatestApiVersion;

/** The key the emulator accepts; any `sk_test_` key would do, this one says where it goes. */
export const EMULATOR_SECRET_KEY = "sk_test_emulator";

export type StripeMode = "stripe" | "emulator" | "unconfigured";

export function stripeMode(): StripeMode {
  if (env.STRIPE_SECRET_KEY) return "stripe";
  if (env.STRIPE_EMULATOR && env.STRIPE_API_PORT !== undefined) return "emulator";
  return "unconfigured";
}

/** True when payments are test payments: the emulator, or Stripe with test keys. */
export function isTestMode(): boolean {
  const mode = stripeMode();
  return mode === "emulator" || (mode === "stripe" && !env.STRIPE_SECRET_KEY?.includes("_live_"));
}

/** Donations need a client and a webhook secret to fulfil what they start. */
export function donationsConfigured(): boolean {
  return stripeMode() !== "unconfigured" && Boolean(env.STRIPE_WEBHOOK_SECRET);
}

export class StripeNotConfiguredError extends Error {
  constructor() {
    super(
      "Donations are not configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (see README), or run `npm run dev` to use the offline Stripe emulator.",
    );
    this.name = "StripeNotConfiguredError";
  }
}

function createClient(): Stripe {
  const common = { apiVersion: STRIPE_API_VERSION, typescript: true, telemetry: false } as const;
  const mode = stripeMode();
  if (mode === "stripe" && env.STRIPE_SECRET_KEY) {
    return new Stripe(env.STRIPE_SECRET_KEY, { ...common, maxNetworkRetries: 2 });
  }
  if (mode === "emulator") {
    return new Stripe(EMULATOR_SECRET_KEY, {
      ...common,
      host: env.STRIPE_API_HOST,
      port: env.STRIPE_API_PORT,
      protocol: env.STRIPE_API_PROTOCOL,
      maxNetworkRetries: 0,
    });
  }
  throw new StripeNotConfiguredError();
}

// Kept on globalThis so hot reloads in development reuse one client; keyed by where it points, so
// a changed configuration (a restarted emulator on another port) gets a new one.
const globalForStripe = globalThis as unknown as {
  blueHeartStripe?: { key: string; client: Stripe };
};

/** The Stripe client (created on first use, so pages build without keys). */
export function getStripe(): Stripe {
  const key = `${stripeMode()}:${env.STRIPE_API_HOST}:${env.STRIPE_API_PORT ?? ""}`;
  const cached = globalForStripe.blueHeartStripe;
  if (cached?.key === key) return cached.client;
  const client = createClient();
  globalForStripe.blueHeartStripe = { key, client };
  return client;
}

/** The webhook endpoint's signing secret. */
export function webhookSecret(): string {
  if (!env.STRIPE_WEBHOOK_SECRET) throw new StripeNotConfiguredError();
  return env.STRIPE_WEBHOOK_SECRET;
}
