import "server-only";
import { env } from "@/lib/env";
import { buildDonationConfig, type DonationConfig } from "./donation-config";

let cached: DonationConfig | undefined;

/** The deployment's donation configuration (checked once; a bad value fails with its name). */
export function getDonationConfig(): DonationConfig {
  cached ??= buildDonationConfig(env);
  return cached;
}
