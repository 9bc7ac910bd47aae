import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import {
  type ProxyTrust,
  pickClientAddress,
  trustedProxyList,
  UNKNOWN_CLIENT,
} from "@/lib/security/client-ip";
import { SOCKET_ADDRESS_HEADER } from "@/lib/security/socket-address-header";

const none: ProxyTrust = { kind: "none" };
const oneProxy: ProxyTrust = { kind: "count", count: 1 };
const twoProxies: ProxyTrust = { kind: "count", count: 2 };
const privateRanges: ProxyTrust = {
  kind: "list",
  list: trustedProxyList(["10.0.0.0/8", "2001:db8::/32", "192.0.2.7"]),
};

describe("the client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(pickClientAddress("198.51.100.1", null, none)).toBe("198.51.100.1");
    expect(pickClientAddress("198.51.100.1", "1.2.3.4", none)).toBe("198.51.100.1");
    expect(pickClientAddress("198.51.100.1", "", none)).toBe("198.51.100.1");
  });

  it("counts an IPv4-mapped IPv6 peer as its IPv4 address", () => {
    expect(pickClientAddress("::ffff:127.0.0.1", null, none)).toBe("127.0.0.1");
  });

  it("is one shared key when the socket address is missing, so limits still hold", () => {
    expect(pickClientAddress(null, "1.2.3.4", none)).toBe(UNKNOWN_CLIENT);
    expect(pickClientAddress(null, "1.2.3.4", oneProxy)).toBe(UNKNOWN_CLIENT);
  });

  it("behind one proxy, is the hop that proxy appended, not what the client wrote before it", () => {
    expect(pickClientAddress("10.0.0.2", "198.51.100.9", oneProxy)).toBe("198.51.100.9");
    expect(pickClientAddress("10.0.0.2", "6.6.6.6, 7.7.7.7, 198.51.100.9", oneProxy)).toBe(
      "198.51.100.9",
    );
  });

  it("behind two proxies, skips both of their hops", () => {
    expect(pickClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.3", twoProxies)).toBe(
      "198.51.100.9",
    );
  });

  it("with fewer hops than proxies, takes the farthest hop there is", () => {
    expect(pickClientAddress("198.51.100.1", null, oneProxy)).toBe("198.51.100.1");
    expect(pickClientAddress("198.51.100.1", null, twoProxies)).toBe("198.51.100.1");
  });

  it("with a proxy list, is the right-most hop outside it", () => {
    expect(pickClientAddress("10.1.2.3", "6.6.6.6, 198.51.100.9, 192.0.2.7", privateRanges)).toBe(
      "198.51.100.9",
    );
    expect(pickClientAddress("2001:db8::1", "198.51.100.9", privateRanges)).toBe("198.51.100.9");
    // A peer outside the list is the client itself, whatever it claims.
    expect(pickClientAddress("198.51.100.1", "10.0.0.9", privateRanges)).toBe("198.51.100.1");
    // Garbage in the header is never a trusted proxy, so it stops the walk and is the key.
    expect(pickClientAddress("10.1.2.3", "not-an-ip", privateRanges)).toBe("not-an-ip");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("accepts addresses and CIDR ranges of both families", () => {
    expect(
      parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.7,2001:db8::/32" }).TRUSTED_PROXIES,
    ).toEqual(["10.0.0.0/8", "192.0.2.7", "2001:db8::/32"]);
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
  });

  it("names the entries that are not addresses or ranges", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33,proxy.local" })).toThrow(
      /TRUSTED_PROXIES: not an IP address or CIDR range: 10.0.0.0\/33, proxy.local/,
    );
  });
});

describe("the socket-address header", () => {
  it("is the one scripts/serve-next.mjs writes", () => {
    const server = readFileSync("scripts/serve-next.mjs", "utf8");
    expect(server).toContain(`const SOCKET_ADDRESS_HEADER = "${SOCKET_ADDRESS_HEADER}";`);
  });
});
