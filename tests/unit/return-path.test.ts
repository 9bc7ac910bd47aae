// Every return path (after sign-in, after a staff action) goes through safeReturnPath: only a
// same-site path under the expected prefix survives, judged after the browser's normalisation.
import { describe, expect, it } from "vitest";
import { formReturnPath, safeReturnPath, signInUrl } from "@/lib/auth/return-path";

describe("a return path", () => {
  it.each([
    ["/admin/pledges", "/admin/pledges"],
    [
      "/admin/pledges/01900000-0000-7000-8000-000000000000",
      "/admin/pledges/01900000-0000-7000-8000-000000000000",
    ],
    ["/admin/donations?status=PAID&cursor=abc", "/admin/donations?status=PAID&cursor=abc"],
    ["/admin/pledges/./x/../y", "/admin/pledges/y"],
  ])("keeps the same-site staff path %s as %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "/admin/..//evil.example",
    "/admin/../..//evil.example/admin",
    "/admin/%2e%2e//evil.example",
    "/admin/%2E%2E//evil.example",
    "/admin/.%2e//evil.example",
    "/admin/%2e%2e/%2e%2e//evil.example",
    "/admin/..\\/evil.example",
    "/admin/\\\\evil.example",
    "/admin\t/..//evil.example",
    "/admin/\n/..//evil.example",
    "//evil.example/admin",
    "///evil.example/admin",
    "https://evil.example/admin",
    "http:/admin",
    "javascript:alert(1)//admin",
    "admin/pledges",
    "/administrator",
    "/admin-evil",
    "/admin/..",
    "/pledge",
    "",
  ])("refuses %j and falls back to the staff home", (input) => {
    const result = safeReturnPath(input);
    expect(result).toBe("/admin");
  });

  it("never returns anything that a browser would read as another host", () => {
    for (const input of ["/admin/..//evil.example", "/admin/%2e%2e//evil.example"]) {
      const result = safeReturnPath(input);
      expect(new URL(result, "https://blueheart.example").host).toBe("blueheart.example");
    }
  });

  it("keeps encoded slashes encoded, so they stay one segment of a same-site path", () => {
    const result = safeReturnPath("/admin/%2F%2Fevil.example");
    expect(result).toBe("/admin/%2F%2Fevil.example");
    expect(new URL(result, "https://blueheart.example").host).toBe("blueheart.example");
  });

  it("judges a path against the prefix it is given", () => {
    expect(safeReturnPath("/admin/pledges?x=1", "/admin/pledges")).toBe("/admin/pledges?x=1");
    expect(safeReturnPath("/admin/staff", "/admin/pledges")).toBe("/admin/pledges");
    expect(safeReturnPath("/admin/pledges/../staff", "/admin/pledges")).toBe("/admin/pledges");
  });

  it("never sends someone back to the sign-in page", () => {
    expect(safeReturnPath("/admin/sign-in")).toBe("/admin");
    expect(safeReturnPath("/admin/pledges/../sign-in?callbackUrl=/admin")).toBe("/admin");
  });

  it("builds the sign-in link with the checked path only", () => {
    expect(signInUrl("/admin/pledges")).toBe("/admin/sign-in?callbackUrl=%2Fadmin%2Fpledges");
    expect(signInUrl("/admin/..//evil.example")).toBe("/admin/sign-in");
    expect(signInUrl(undefined)).toBe("/admin/sign-in");
  });

  it("reads a staff form's returnTo field through the same check", () => {
    const form = (value?: string) => {
      const data = new FormData();
      if (value !== undefined) data.set("returnTo", value);
      return data;
    };
    expect(formReturnPath(form("/admin/pledges?status=SPAM"), "/admin/pledges")).toBe(
      "/admin/pledges?status=SPAM",
    );
    expect(formReturnPath(form("/admin/..//evil.example"), "/admin/pledges")).toBe(
      "/admin/pledges",
    );
    expect(formReturnPath(form(), "/admin/donations")).toBe("/admin/donations");
    expect(formReturnPath(null, "/admin/donations")).toBe("/admin/donations");
  });
});
