import { describe, expect, it } from "vitest";
import { parseAuditFilters } from "@/lib/admin/list-audit-entries";
import { parseDonationFilters } from "@/lib/admin/list-donations";
import { parsePledgeFilters, pledgeFiltersQuery } from "@/lib/admin/pledge-filters";
import {
  dayRange,
  keysetArgs,
  keysetLinks,
  keysetPage,
  listFilters,
  listParams,
  listQuery,
} from "@/lib/lists/list-query";
import { parseWallCursor } from "@/lib/pledges/list-wall-supporters";

const id = (n: number) => `0190a3b4-0000-7000-8000-${String(n).padStart(12, "0")}`;

describe("list filters read from the URL", () => {
  const parse = listFilters({
    q: listParams.text(5),
    status: listParams.oneOf({ ACTIVE: "ACTIVE", SPAM: "SPAM" }),
    kind: listParams.oneOf(["a", "b"] as const),
    from: listParams.day(),
    cursor: listParams.cursor(),
  });

  it("takes the first of a repeated parameter, trimmed", () => {
    expect(parse({ q: [" one ", "two"], status: ["SPAM", "ACTIVE"] })).toEqual({
      q: "one",
      status: "SPAM",
    });
  });

  it("drops each malformed value on its own instead of refusing the page", () => {
    expect(
      parse({ q: "far too long", status: "spam", kind: "c", from: "2026-13-45", cursor: "1" }),
    ).toEqual({});
    expect(parse({ q: "   ", kind: "b", from: "2026-02-01", cursor: id(7) })).toEqual({
      kind: "b",
      from: "2026-02-01",
      cursor: id(7),
    });
  });

  it("reads a route's URLSearchParams the same way as a page's searchParams", () => {
    expect(parse(new URLSearchParams("status=ACTIVE&from=2026-01-02&x=1"))).toEqual({
      status: "ACTIVE",
      from: "2026-01-02",
    });
  });

  it("takes the enum filters from the Prisma enums", () => {
    expect(parsePledgeFilters({ status: "SPAM", message: "REJECTED" })).toMatchObject({
      status: "SPAM",
      message: "REJECTED",
    });
    expect(parseDonationFilters({ status: "PROCESSING", frequency: "MONTHLY" })).toEqual({
      status: "PROCESSING",
      frequency: "MONTHLY",
    });
    expect(parseDonationFilters({ status: "REFUNDED", frequency: "WEEKLY" })).toEqual({});
    expect(parseAuditFilters({ action: "pledge.erased", actor: "A@example.org" })).toEqual({
      action: "pledge.erased",
      actor: "A@example.org",
    });
    expect(parseAuditFilters({ action: "pledge.deleted" })).toEqual({});
  });

  it("reads the wall's cursor with the same rule", () => {
    expect(parseWallCursor(id(3))).toBe(id(3));
    expect(parseWallCursor("not-a-uuid")).toBeUndefined();
    expect(parseWallCursor(undefined)).toBeUndefined();
  });
});

describe("day ranges", () => {
  it("includes both days, in UTC", () => {
    expect(dayRange("2026-03-01", "2026-03-02")).toEqual({
      gte: new Date("2026-03-01T00:00:00Z"),
      lt: new Date("2026-03-03T00:00:00Z"),
    });
  });

  it("is open on the side that is not given, and absent when neither is", () => {
    expect(dayRange(undefined, "2026-12-31")).toEqual({ lt: new Date("2027-01-01T00:00:00Z") });
    expect(dayRange("2026-12-31")).toEqual({ gte: new Date("2026-12-31T00:00:00Z") });
    expect(dayRange()).toBeUndefined();
  });
});

describe("keyset pages", () => {
  it("asks for one row more than the page, newest first, below the cursor", () => {
    expect(keysetArgs({ status: "ACTIVE" }, id(9), 2)).toEqual({
      where: { status: "ACTIVE", id: { lt: id(9) } },
      orderBy: { id: "desc" },
      take: 3,
    });
    expect(keysetArgs({}, undefined, 50)).toEqual({ where: {}, orderBy: { id: "desc" }, take: 51 });
  });

  it("gives the last row shown as the next cursor only when the extra row came back", () => {
    const rows = [{ id: id(3) }, { id: id(2) }, { id: id(1) }];
    expect(keysetPage(rows, 2)).toEqual({ rows: rows.slice(0, 2), nextCursor: id(2) });
    expect(keysetPage(rows, 3)).toEqual({ rows, nextCursor: null });
    expect(keysetPage([], 3)).toEqual({ rows: [], nextCursor: null });
  });
});

describe("query strings", () => {
  it("leaves out empty values and is empty when nothing is set", () => {
    expect(listQuery({ q: "a b", status: undefined, country: "" })).toBe("?q=a+b");
    expect(listQuery({})).toBe("");
  });

  it("keeps the filters and replaces the cursor in the paging links", () => {
    expect(keysetLinks("/admin/audit", { actor: "a@x.org", cursor: id(5) }, id(4))).toEqual({
      newestHref: "/admin/audit?actor=a%40x.org",
      olderHref: `/admin/audit?actor=a%40x.org&cursor=${id(4)}`,
    });
    expect(keysetLinks("/admin/audit", {}, null)).toEqual({ newestHref: null, olderHref: null });
  });

  it("builds the pledge list's links without the cursor unless asked", () => {
    const filters = parsePledgeFilters({ country: "gh", cursor: id(1) });
    expect(pledgeFiltersQuery(filters)).toBe("?country=GH");
    expect(pledgeFiltersQuery(filters, { cursor: id(2) })).toBe(`?country=GH&cursor=${id(2)}`);
  });
});
