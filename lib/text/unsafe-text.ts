// The one rule for free text that people type and others may read (pledge names and messages,
// donation names, messages and dedications): no control characters (C0 with NUL, DEL, C1), no
// bidirectional overrides or isolates, which can make a name display as something else. Joiners
// (U+200C/U+200D) stay: names in several scripts need them. Line breaks are allowed only where the
// caller says so (a message may have them, a name may not).
const UNSAFE_TEXT = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** True when `value` has a character the rule refuses; with `allowLineBreaks`, "\n" is fine. */
export function hasUnsafeText(value: string, options: { allowLineBreaks?: boolean } = {}): boolean {
  return UNSAFE_TEXT.test(options.allowLineBreaks ? value.replace(/\r\n?|\n/g, "") : value);
}
