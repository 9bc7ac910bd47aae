import "server-only";
import type { RateLimitPolicy } from "@/lib/rate-limit/consume-rate-limit";

// Failed staff sign-ins, counted per email (whether or not it is a staff account, so the limit
// itself reveals nothing) and per IP address (one address trying many emails).
export const SIGN_IN_EMAIL_LIMIT: RateLimitPolicy = {
  name: "staff-sign-in-email",
  points: 5,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

export const SIGN_IN_IP_LIMIT: RateLimitPolicy = {
  name: "staff-sign-in-ip",
  // Every attempt counts here (a success only clears the email's count), so leave room for an
  // office of staff signing in behind one address.
  points: 30,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};
