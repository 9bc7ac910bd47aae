import { describe, expect, it } from "vitest";
import { isSiteHost } from "@/lib/auth/site-host";

const site = "https://blueheart.example.org";
const request = (headers: Record<string, string>) => new Headers(headers);

describe("whether a request names the site's own host", () => {
  it("accepts the site's host however it is spelled", () => {
    expect(isSiteHost(request({ host: "blueheart.example.org" }), site)).toBe(true);
    expect(isSiteHost(request({ host: "BlueHeart.Example.ORG" }), site)).toBe(true);
    expect(isSiteHost(request({ host: "blueheart.example.org:443" }), site)).toBe(true);
    expect(isSiteHost(request({ host: "localhost:3160" }), "http://localhost:3160")).toBe(true);
  });

  it("refuses another host, another port and no host at all", () => {
    expect(isSiteHost(request({ host: "evil.example" }), site)).toBe(false);
    expect(isSiteHost(request({ host: "blueheart.example.org:8443" }), site)).toBe(false);
    expect(isSiteHost(request({ host: "localhost:3161" }), "http://localhost:3160")).toBe(false);
    expect(isSiteHost(request({}), site)).toBe(false);
  });

  it("reads X-Forwarded-Host before Host, as Auth.js does", () => {
    expect(
      isSiteHost(
        request({ host: "blueheart.example.org", "x-forwarded-host": "evil.example" }),
        site,
      ),
    ).toBe(false);
    expect(
      isSiteHost(
        request({ host: "app.internal:3000", "x-forwarded-host": "blueheart.example.org" }),
        site,
      ),
    ).toBe(true);
  });

  it("refuses a host with another smuggled into it", () => {
    for (const host of [
      "evil.example@blueheart.example.org",
      "blueheart.example.org, evil.example",
      "blueheart.example.org/evil",
      "blueheart.example.org#",
      " ",
    ]) {
      expect(isSiteHost(request({ "x-forwarded-host": host }), site), host).toBe(false);
    }
  });
});
