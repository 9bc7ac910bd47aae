// The address shown on "check your inbox": enough for the signer to spot a typo, too little for
// someone looking over their shoulder (or at the browser history) to read it.
// "ada.lovelace@example.org" -> "a***@e***.org".
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  const local = [...email.slice(0, at)];
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  const name = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${local[0]}***@${[...name][0] ?? ""}***${tld}`;
}

/** A value of `?to=` that maskEmail could have made: anything else is not shown. */
export function isMaskedEmail(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^[^\s@*]\*{3}@[^\s@*.]?\*{3}(\.[\p{L}\p{N}-]{1,63})?$/u.test(value)
  );
}
