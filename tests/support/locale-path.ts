// A public page's address in a language: "/" in French is "/fr", "/pledge" is "/fr/pledge".
export function localePath(locale: string, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}
