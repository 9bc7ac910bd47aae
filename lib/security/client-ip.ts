import "server-only";
import { createHmac } from "node:crypto";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { SOCKET_ADDRESS_HEADER } from "./socket-address-header";

/**
 * The key every request shares when the socket address is missing (the app was started without
 * scripts/serve-next.mjs, e.g. `next start` run by hand): the limits then hold for everyone at once,
 * never for no one.
 */
export const UNKNOWN_CLIENT = "unknown";

/** Which hops in front of the app may be believed (docs/decisions/012-client-address.md). */
export type ProxyTrust =
  | { kind: "none" }
  | { kind: "count"; count: number }
  | { kind: "list"; list: BlockList };

/** A proxy list from TRUSTED_PROXIES ("10.0.0.0/8, 2001:db8::/32, 192.0.2.7"). */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

const configuredTrust: ProxyTrust =
  env.TRUSTED_PROXIES.length > 0
    ? { kind: "list", list: trustedProxyList(env.TRUSTED_PROXIES) }
    : env.TRUSTED_PROXY_COUNT > 0
      ? { kind: "count", count: env.TRUSTED_PROXY_COUNT }
      : { kind: "none" };

/** "::ffff:192.0.2.1" is the IPv4 address a dual-stack socket reports; count it as that address. */
function normaliseAddress(raw: string): string {
  const trimmed = raw.trim().slice(0, 100);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Picks the client from the hops, nearest last: X-Forwarded-For's entries, then the socket. The
 * socket is always real; each trusted proxy appended the address it saw; everything to the left of
 * the right-most untrusted hop was written by the client and is never used.
 */
export function pickClientAddress(
  socketAddress: string | null,
  forwardedFor: string | null,
  trust: ProxyTrust,
): string {
  if (!socketAddress?.trim()) return UNKNOWN_CLIENT;
  const socket = normaliseAddress(socketAddress);
  if (trust.kind === "none") return socket;
  const hops = [
    ...(forwardedFor ?? "")
      .split(",")
      .map(normaliseAddress)
      .filter((hop) => hop !== ""),
    socket,
  ];
  if (trust.kind === "count") {
    // Fewer hops than proxies: the request did not come through all of them; take the farthest.
    return hops[Math.max(0, hops.length - 1 - trust.count)] ?? socket;
  }
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] ?? socket;
    if (!isTrusted(trust.list, hop)) return hop;
  }
  return hops[0] ?? socket;
}

/**
 * The client's address: the socket's peer, or, behind proxies you trust (TRUSTED_PROXY_COUNT or
 * TRUSTED_PROXIES), the right-most X-Forwarded-For hop they did not add. X-Real-IP, Forwarded and
 * every other header a client can write are ignored.
 */
export function clientIp(headers: Headers): string {
  return pickClientAddress(
    headers.get(SOCKET_ADDRESS_HEADER),
    headers.get("x-forwarded-for"),
    configuredTrust,
  );
}

/** A salted hash of an IP address: enough to count and limit, useless to identify anyone. */
export function hashIp(ip: string): string {
  return createHmac("sha256", env.IP_HASH_SALT).update(ip).digest("hex");
}
