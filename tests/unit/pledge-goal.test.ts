import { describe, expect, it } from "vitest";
import {
  countryFromLanguages,
  listCountries,
  parseAcceptLanguage,
} from "@/lib/countries/list-countries";
import { nextGoal } from "@/lib/stats/next-goal";

const milestones = [100, 1000, 10_000];

describe("nextGoal", () => {
  it("is the first milestone not yet reached", () => {
    expect(nextGoal(0, milestones)).toBe(100);
    expect(nextGoal(99, milestones)).toBe(100);
  });

  it("moves on to the next milestone once one is reached", () => {
    expect(nextGoal(100, milestones)).toBe(1000);
    expect(nextGoal(9_999, milestones)).toBe(10_000);
  });

  it("keeps moving in steps of the last milestone past the end", () => {
    expect(nextGoal(10_000, milestones)).toBe(20_000);
    expect(nextGoal(25_001, milestones)).toBe(30_000);
  });
});

describe("the pledge form's country list", () => {
  it("lists the 249 ISO 3166-1 countries and Kosovo with names, sorted by name", () => {
    const countries = listCountries("en");
    expect(countries).toHaveLength(250);
    expect(countries.find((country) => country.code === "KE")?.name).toBe("Kenya");
    const names = countries.map((country) => country.name);
    expect([...names].sort(new Intl.Collator("en").compare)).toEqual(names);
  });

  it("defaults from a language tag that names a region, and not from a bare language", () => {
    expect(countryFromLanguages(parseAcceptLanguage("fr-CA,fr;q=0.9,en;q=0.8"))).toBe("CA");
    expect(countryFromLanguages(parseAcceptLanguage("fr;q=0.9,en-GB;q=0.8"))).toBe("GB");
    expect(countryFromLanguages(parseAcceptLanguage("fr,de"))).toBeUndefined();
    expect(countryFromLanguages(parseAcceptLanguage("es-419"))).toBeUndefined();
    expect(countryFromLanguages(parseAcceptLanguage(null))).toBeUndefined();
  });
});
