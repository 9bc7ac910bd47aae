import "server-only";
import { env } from "@/lib/env";
import type { RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";

/** Pledges per IP address (its salted hash) per window, from PLEDGE_RATE_LIMIT_* in the env. */
export const pledgeRateLimit: RateLimitPolicy = {
  name: "pledge-ip",
  points: env.PLEDGE_RATE_LIMIT_POINTS,
  durationSeconds: env.PLEDGE_RATE_LIMIT_WINDOW_SECONDS,
};
