/**
 * The form of an email that "one pledge per person" compares (docs/counting-rule.md): Unicode NFC,
 * lower case, and without a `+tag` in the local part (ada+news@example.org is ada@example.org).
 * The pledge stores the address as typed; only this key is unique. The migration that added the
 * column applies the same rule in SQL to the rows that existed then.
 */
export function emailKey(email: string): string {
  const normalised = email.normalize("NFC").trim().toLowerCase();
  const at = normalised.lastIndexOf("@");
  if (at < 0) return normalised;
  const local = normalised.slice(0, at);
  const plus = local.indexOf("+");
  return `${plus < 0 ? local : local.slice(0, plus)}${normalised.slice(at)}`;
}
