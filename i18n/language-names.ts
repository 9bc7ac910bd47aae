import type { UnLocale } from "./routing";

/**
 * Each language named in itself, as a menu writes it: CLDR's endonyms (cldr-localenames,
 * `languages.json`), capitalised for French, Russian and Spanish as CLDR advises for a menu
 * (../shared/safety-facts.md, section 4). Never translated: a visitor who cannot read the page
 * still finds their own language.
 */
export const LANGUAGE_NAMES: Record<UnLocale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};
