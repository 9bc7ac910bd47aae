import type { CountryCode } from "./country-codes";

// Other names people commonly type for a country, per language, beside the name Intl.DisplayNames
// gives (which is always searched too). Chosen from everyday usage, in each language's press and in
// the UN's own terminology (the short and formal names of UNTERM): the constituent countries of the
// United Kingdom, older or informal names (Holland, Burma, Ivory Coast, Swaziland), the formal names
// (Russian Federation, Czech Republic) and the usual abbreviations (UK, USA, UAE, DRC). Only names
// that point at one country; anything ambiguous (Congo, Korea, Guinea) is left to the name search.
type Aliases = Partial<Record<CountryCode, readonly string[]>>;

/** Abbreviations in Latin letters that visitors type whatever the page's language. */
const EVERY_LANGUAGE: Aliases = {
  AE: ["UAE"],
  CD: ["DRC"],
  GB: ["UK", "U.K.", "GB"],
  US: ["USA", "US", "U.S.", "U.S.A."],
};

const BY_LANGUAGE: Record<string, Aliases> = {
  en: {
    AE: ["Emirates"],
    CD: ["DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    CG: ["Republic of the Congo", "Congo-Brazzaville"],
    CI: ["Ivory Coast", "Cote d'Ivoire"],
    CV: ["Cabo Verde"],
    CZ: ["Czech Republic"],
    GB: [
      "United Kingdom",
      "Britain",
      "Great Britain",
      "England",
      "Scotland",
      "Wales",
      "Northern Ireland",
    ],
    KP: ["DPRK", "Democratic People's Republic of Korea"],
    KR: ["Republic of Korea"],
    MK: ["Macedonia"],
    MM: ["Burma"],
    NL: ["Holland"],
    PS: ["Palestine", "State of Palestine"],
    RU: ["Russian Federation"],
    SZ: ["Swaziland"],
    TL: ["East Timor"],
    TR: ["Turkey", "Türkiye"],
    US: ["America", "United States of America"],
    VA: ["Vatican", "Holy See"],
    VN: ["Viet Nam"],
  },
  fr: {
    AE: ["EAU", "Émirats"],
    CD: ["RDC", "RD Congo", "République démocratique du Congo"],
    CG: ["République du Congo"],
    CI: ["Côte-d'Ivoire"],
    CZ: ["République tchèque"],
    GB: [
      "Grande-Bretagne",
      "Angleterre",
      "Écosse",
      "Pays de Galles",
      "Irlande du Nord",
      "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    ],
    KP: ["RPDC"],
    MK: ["Macédoine"],
    MM: ["Birmanie"],
    NL: ["Hollande"],
    PS: ["Palestine", "État de Palestine"],
    RU: ["Fédération de Russie"],
    SZ: ["Swaziland"],
    TR: ["Türkiye"],
    US: ["Amérique", "États-Unis d'Amérique"],
    VA: ["Vatican", "Saint-Siège"],
  },
  es: {
    AE: ["EAU", "Emiratos"],
    CD: ["RDC", "RD del Congo", "Congo-Kinshasa"],
    CG: ["República del Congo", "Congo-Brazzaville"],
    CI: ["Costa de Marfil"],
    CZ: ["República Checa"],
    GB: ["Gran Bretaña", "Inglaterra", "Escocia", "Gales", "Irlanda del Norte"],
    KP: ["RPDC"],
    MK: ["Macedonia"],
    MM: ["Birmania"],
    NL: ["Holanda"],
    PS: ["Palestina", "Estado de Palestina"],
    RU: ["Federación de Rusia"],
    SZ: ["Suazilandia"],
    TL: ["Timor Oriental"],
    TR: ["Türkiye"],
    US: ["EE. UU.", "EEUU", "EUA", "América", "Estados Unidos de América"],
    VA: ["Vaticano", "Santa Sede"],
  },
  ru: {
    AE: ["Объединённые Арабские Эмираты", "Эмираты"],
    CD: ["ДРК", "ДР Конго", "Демократическая Республика Конго"],
    CG: ["Республика Конго"],
    CI: ["Берег Слоновой Кости"],
    CZ: ["Чешская Республика"],
    GB: [
      "Соединённое Королевство",
      "Британия",
      "Англия",
      "Шотландия",
      "Уэльс",
      "Северная Ирландия",
    ],
    KP: ["Северная Корея", "Корейская Народно-Демократическая Республика"],
    KR: ["Южная Корея"],
    MK: ["Македония"],
    MM: ["Бирма"],
    NL: ["Голландия"],
    PS: ["Палестина", "Государство Палестина"],
    RU: ["РФ", "Российская Федерация"],
    SZ: ["Свазиленд"],
    US: ["США", "Америка", "Соединённые Штаты Америки"],
    VA: ["Святой Престол"],
  },
  ar: {
    AE: ["الإمارات"],
    CD: ["جمهورية الكونغو الديمقراطية"],
    CG: ["جمهورية الكونغو"],
    CI: ["كوت ديفوار"],
    CZ: ["جمهورية التشيك", "تشيكيا"],
    GB: [
      "بريطانيا",
      "بريطانيا العظمى",
      "إنجلترا",
      "إنكلترا",
      "اسكتلندا",
      "ويلز",
      "أيرلندا الشمالية",
    ],
    KP: ["جمهورية كوريا الشعبية الديمقراطية"],
    KR: ["جمهورية كوريا"],
    MM: ["بورما"],
    PS: ["فلسطين", "دولة فلسطين"],
    RU: ["الاتحاد الروسي"],
    SA: ["السعودية"],
    SY: ["سورية", "الجمهورية العربية السورية"],
    US: ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية"],
    VA: ["الكرسي الرسولي"],
  },
  zh: {
    AE: ["阿联酋"],
    CD: ["刚果民主共和国", "刚果金"],
    CG: ["刚果共和国", "刚果布"],
    CI: ["象牙海岸"],
    CZ: ["捷克共和国"],
    GB: ["联合王国", "大不列颠", "不列颠", "英格兰", "苏格兰", "威尔士", "北爱尔兰"],
    KP: ["朝鲜民主主义人民共和国", "北韩"],
    KR: ["大韩民国", "南韩"],
    MM: ["缅甸联邦"],
    NL: ["尼德兰"],
    PS: ["巴勒斯坦", "巴勒斯坦国"],
    RU: ["俄罗斯联邦", "俄国"],
    US: ["美利坚合众国", "美利坚"],
    VA: ["教廷"],
  },
};

/** The other names of `code` that a reader of `locale` may type (its base language decides). */
export function countryAliases(code: CountryCode, locale: string): readonly string[] {
  const language = new Intl.Locale(locale).language;
  return [...(BY_LANGUAGE[language]?.[code] ?? []), ...(EVERY_LANGUAGE[code] ?? [])];
}

/** The languages with their own alias table (the tests check each). */
export const ALIAS_LANGUAGES = Object.keys(BY_LANGUAGE);
