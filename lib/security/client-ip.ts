import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The client's address as the nearest trusted hop saw it. Next.js appends the socket address to
 * X-Forwarded-For; each trusted proxy in front (TRUSTED_PROXY_COUNT) appends one more. Entries to
 * the left of those were written by the client and can be forged, so they are never used.
 */
export function clientIp(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const index = forwarded.length - 1 - env.TRUSTED_PROXY_COUNT;
  return forwarded[Math.max(0, index)] ?? headers.get("x-real-ip") ?? "unknown";
}

/** A salted hash of an IP address: enough to count and limit, useless to identify anyone. */
export function hashIp(ip: string): string {
  return createHmac("sha256", env.IP_HASH_SALT).update(ip).digest("hex");
}
