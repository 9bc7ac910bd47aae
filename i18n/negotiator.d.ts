// negotiator (the Accept-Language parser next-intl uses) ships no types: the part used here.
declare module "negotiator" {
  class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    /** The languages the request accepts, most preferred first, without those at q=0. */
    languages(available?: string[]): string[];
  }
  export = Negotiator;
}
