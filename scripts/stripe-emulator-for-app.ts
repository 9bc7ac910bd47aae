// Used by scripts/run-app.ts: starts the offline Stripe emulator for `npm run dev` when no
// STRIPE_SECRET_KEY is set (and for `npm start` only with STRIPE_EMULATOR=true, as the browser
// tests do), and returns the environment that points the app's Stripe client at it. With real
// keys it never starts; a production start without keys leaves donations "not configured".
import { join } from "node:path";
import { localSecrets } from "@/lib/database/local-secrets";
import type { Env } from "@/lib/env";

export interface AppStripe {
  /** Variables for the Next.js child process. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** The port Next.js will listen on: `--port`/`-p` among its arguments, else PORT. */
export function appPort(nextArgs: readonly string[], fallback: number): number {
  const index = nextArgs.findIndex((arg) => arg === "--port" || arg === "-p");
  const value = index === -1 ? undefined : nextArgs[index + 1];
  const inline = nextArgs.find((arg) => arg.startsWith("--port="))?.slice("--port=".length);
  const port = Number(value ?? inline ?? fallback);
  return Number.isInteger(port) && port > 0 ? port : fallback;
}

export async function startStripeForApp(
  mode: "dev" | "start",
  env: Env,
  nextArgs: readonly string[],
): Promise<AppStripe | null> {
  if (env.STRIPE_SECRET_KEY) {
    console.log("▸ Stripe: using your STRIPE_SECRET_KEY (the emulator is not started).");
    if (!env.STRIPE_WEBHOOK_SECRET) {
      console.log(
        "  STRIPE_WEBHOOK_SECRET is not set: donations stay off until it is (see README).",
      );
    }
    return null;
  }
  if (mode === "start" && !env.STRIPE_EMULATOR) {
    console.log(
      "▸ Stripe: no STRIPE_SECRET_KEY, so donations are not configured (the donate page says so).",
    );
    console.log("  Set STRIPE_EMULATOR=true to run the offline emulator in test mode instead.");
    return null;
  }

  const { startStripeEmulator } = await import("../tools/stripe-emulator/index");
  const secrets = await localSecrets(env.DATA_DIR, ["STRIPE_EMULATOR_WEBHOOK_SECRET"]);
  const webhookSecret =
    env.STRIPE_WEBHOOK_SECRET ?? `whsec_${secrets.STRIPE_EMULATOR_WEBHOOK_SECRET ?? "emulator"}`;
  const port = appPort(nextArgs, env.PORT);
  const emulator = await startStripeEmulator({
    port: env.STRIPE_EMULATOR_PORT,
    webhookUrl: `http://localhost:${port}/api/webhooks/stripe`,
    webhookSecret,
    settlementCurrency: env.SETTLEMENT_CURRENCY,
    // Development keeps its payments across restarts, beside the embedded database's data.
    stateFile: mode === "dev" ? join(env.DATA_DIR, "stripe-emulator.json") : null,
  });
  console.log(
    `▸ Stripe: offline emulator at ${emulator.url} (test mode, no real money; pay with 4242 4242 4242 4242).`,
  );
  return {
    env: {
      STRIPE_EMULATOR: "true",
      STRIPE_API_HOST: emulator.host,
      STRIPE_API_PORT: String(emulator.port),
      STRIPE_API_PROTOCOL: "http",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
    },
    stop: () => emulator.close(),
  };
}
