import "server-only";
// When a staff session ends: a working day after sign-in at most, or sooner after a quiet spell.
// Pure functions of the token's two times, so they are easy to test.
import { env } from "@/lib/env";

export interface SessionTimes {
  /** Seconds since the epoch when the person signed in. */
  signedInAt: number;
  /** Seconds since the epoch of the last page load or action. */
  lastSeenAt: number;
}

export interface SessionPolicy {
  maxAgeSeconds: number;
  idleSeconds: number;
}

export const sessionPolicy: SessionPolicy = {
  maxAgeSeconds: Math.round(env.AUTH_SESSION_HOURS * 3600),
  idleSeconds: env.AUTH_IDLE_MINUTES * 60,
};

export type SessionVerdict = "fresh" | "expired" | "idle";

export function judgeSession(
  times: SessionTimes,
  nowSeconds: number,
  policy: SessionPolicy = sessionPolicy,
): SessionVerdict {
  if (nowSeconds - times.signedInAt >= policy.maxAgeSeconds) return "expired";
  if (nowSeconds - times.lastSeenAt >= policy.idleSeconds) return "idle";
  return "fresh";
}
