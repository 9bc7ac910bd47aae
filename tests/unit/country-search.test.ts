import { describe, expect, it } from "vitest";
import { ALIAS_LANGUAGES } from "@/lib/countries/country-aliases";
import { isCountryCode } from "@/lib/countries/country-codes";
import { listCountries, listSearchableCountries } from "@/lib/countries/list-countries";
import { foldSearchText, indexCountries, searchCountries } from "@/lib/countries/search-countries";

const LOCALES = ["ar", "zh", "en", "fr", "es", "ru"] as const;

/** The code of the country the form picks for `query` (the best match). */
function pick(locale: string, query: string): string | undefined {
  return searchCountries(indexCountries(listSearchableCountries(locale), locale), query)[0]?.code;
}

describe("country names in the visitor's language", () => {
  it.each(LOCALES)("names every country in %s, sorted by that language's collation", (locale) => {
    const countries = listCountries(locale);
    expect(countries).toHaveLength(250);
    const names = countries.map((country) => country.name);
    expect([...names].sort(new Intl.Collator(locale).compare)).toEqual(names);
    // Every name is the language's own, not the code the runtime falls back to.
    expect(countries.filter((country) => country.name === country.code)).toEqual([]);
  });

  it("gives each language its own names", () => {
    const name = (locale: string, code: string) =>
      listCountries(locale).find((country) => country.code === code)?.name;
    expect(name("fr", "DE")).toBe("Allemagne");
    expect(name("es", "DE")).toBe("Alemania");
    expect(name("ru", "DE")).toBe("Германия");
    expect(name("ar", "DE")).toBe("ألمانيا");
    expect(name("zh", "DE")).toBe("德国");
  });

  it("lists Kosovo, under the code XK the server accepts", () => {
    expect(isCountryCode("XK")).toBe(true);
    expect(listCountries("en").find((country) => country.code === "XK")?.name).toBe("Kosovo");
  });

  it("has an alias table for each of the six languages, naming only known codes", () => {
    expect([...ALIAS_LANGUAGES].sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      for (const country of listSearchableCountries(locale)) {
        expect(isCountryCode(country.code)).toBe(true);
      }
    }
  });
});

describe("the country search", () => {
  it("folds case, accents, apostrophes and Arabic letter variants", () => {
    expect(foldSearchText("Côte d’Ivoire", "fr")).toBe(foldSearchText("cote d'ivoire", "fr"));
    expect(foldSearchText("U.S.A.", "en")).toBe("usa");
    expect(foldSearchText("Türkiye", "en")).toBe("turkiye");
    expect(foldSearchText("Соединённое", "ru")).toBe(foldSearchText("соединенное", "ru"));
    expect(foldSearchText("أمريكا", "ar")).toBe(foldSearchText("امريكا", "ar"));
  });

  it("ranks an exact abbreviation above a name that starts with it: UK is the United Kingdom", () => {
    expect(pick("en", "UK")).toBe("GB");
    expect(pick("en", "uk")).toBe("GB");
    expect(pick("en", "Ukr")).toBe("UA");
    expect(pick("en", "US")).toBe("US");
    expect(pick("en", "usa")).toBe("US");
  });

  // Each language's common other names, each with the country a reader means by it.
  it.each([
    [
      "matches the common other names in English",
      "en",
      [
        ["Britain", "GB"],
        ["Great Britain", "GB"],
        ["England", "GB"],
        ["Scotland", "GB"],
        ["Wales", "GB"],
        ["Northern Ireland", "GB"],
        ["America", "US"],
        ["Palestine", "PS"],
        ["Kosovo", "XK"],
        ["Holland", "NL"],
        ["Ivory Coast", "CI"],
        ["Cote d'Ivoire", "CI"],
        ["Burma", "MM"],
        ["Czech Republic", "CZ"],
        ["Czechia", "CZ"],
        ["Turkey", "TR"],
        ["Türkiye", "TR"],
        ["turkiye", "TR"],
        ["Swaziland", "SZ"],
        ["DRC", "CD"],
        ["Kenya", "KE"],
        ["zeal", "NZ"],
      ],
    ],
    [
      "matches the common other names in French",
      "fr",
      [
        ["Royaume-Uni", "GB"],
        ["royaume uni", "GB"],
        ["Angleterre", "GB"],
        ["Grande-Bretagne", "GB"],
        ["Ecosse", "GB"],
        ["UK", "GB"],
        ["Etats-Unis", "US"],
        ["USA", "US"],
        ["Palestine", "PS"],
        ["Kosovo", "XK"],
        ["Hollande", "NL"],
        ["Cote d’Ivoire", "CI"],
        ["Birmanie", "MM"],
        ["République tchèque", "CZ"],
        ["Allemagne", "DE"],
      ],
    ],
    [
      "matches the common other names in Spanish",
      "es",
      [
        ["Reino Unido", "GB"],
        ["Inglaterra", "GB"],
        ["Gran Bretana", "GB"],
        ["EE. UU.", "US"],
        ["EEUU", "US"],
        ["Palestina", "PS"],
        ["Kosovo", "XK"],
        ["Holanda", "NL"],
        ["Costa de Marfil", "CI"],
        ["Birmania", "MM"],
        ["Republica Checa", "CZ"],
        ["Mexico", "MX"],
      ],
    ],
    [
      "matches the common other names in Russian",
      "ru",
      [
        ["Англия", "GB"],
        ["Великобритания", "GB"],
        ["Соединенное Королевство", "GB"],
        ["США", "US"],
        ["Америка", "US"],
        ["Палестина", "PS"],
        ["Косово", "XK"],
        ["Голландия", "NL"],
        ["Берег Слоновой Кости", "CI"],
        ["Бирма", "MM"],
        ["Южная Корея", "KR"],
        ["РФ", "RU"],
      ],
    ],
    [
      "matches the common other names in Arabic, with or without hamza",
      "ar",
      [
        ["المملكة المتحدة", "GB"],
        ["بريطانيا", "GB"],
        ["إنجلترا", "GB"],
        ["انجلترا", "GB"],
        ["أمريكا", "US"],
        ["امريكا", "US"],
        ["فلسطين", "PS"],
        ["كوسوفو", "XK"],
        ["هولندا", "NL"],
        ["بورما", "MM"],
        ["السعودية", "SA"],
        ["مصر", "EG"],
      ],
    ],
    [
      "matches the common other names in Chinese, anywhere in the name",
      "zh",
      [
        ["英国", "GB"],
        ["英格兰", "GB"],
        ["大不列颠", "GB"],
        ["美国", "US"],
        ["美利坚合众国", "US"],
        ["巴勒斯坦", "PS"],
        ["科索沃", "XK"],
        ["荷兰", "NL"],
        ["象牙海岸", "CI"],
        ["缅甸", "MM"],
        ["南韩", "KR"],
        ["UK", "GB"],
      ],
    ],
  ] as const)("%s", (_title, locale, cases) => {
    for (const [query, code] of cases) {
      expect(pick(locale, query), query).toBe(code);
    }
  });

  it("lists every country for an empty query and none for nonsense", () => {
    const index = indexCountries(listSearchableCountries("en"), "en");
    expect(searchCountries(index, "  ")).toHaveLength(250);
    expect(searchCountries(index, "qqqzz")).toEqual([]);
  });
});
