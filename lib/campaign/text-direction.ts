// Arabic is one of the six UN languages, so layouts never assume left to right. The list covers the
// right-to-left scripts in common use on the web; a locale's base language decides.
const RIGHT_TO_LEFT_LANGUAGES = new Set([
  "ar",
  "ckb",
  "dv",
  "fa",
  "he",
  "ps",
  "sd",
  "ug",
  "ur",
  "yi",
]);

export type TextDirection = "ltr" | "rtl";

/** The writing direction for `<html dir>`: `textDirection("ar-EG")` is "rtl", `"en"` is "ltr". */
export function textDirection(locale: string): TextDirection {
  let language = locale.toLowerCase();
  try {
    language = new Intl.Locale(locale).language;
  } catch {
    // Not a well-formed tag: fall back to whatever comes before the first separator.
    language = language.split(/[-_]/)[0] ?? language;
  }
  return RIGHT_TO_LEFT_LANGUAGES.has(language) ? "rtl" : "ltr";
}
