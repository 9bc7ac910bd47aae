// The one shape of an answer from a domain function that can refuse: `{ ok: true, value }` or
// `{ ok: false, error: { code, ...details } }`. Codes are camelCase, and each function declares its
// list of codes once, `as const`, next to the function. A refusal is an expected outcome the
// caller turns into words for a person; a failure (a bug, the database gone) is still thrown.
// See docs/decisions/008-result-shape.md.

/** Why a function refused: a camelCase code, plus whatever the caller needs to explain it. */
export type Refusal<Code extends string = string, Details extends object = object> = {
  readonly code: Code;
} & Readonly<Details>;

export type Result<Value, Error extends Refusal = Refusal> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly error: Error };

export function ok(): { readonly ok: true; readonly value: undefined };
export function ok<Value>(value: Value): { readonly ok: true; readonly value: Value };
export function ok<Value>(value?: Value) {
  return { ok: true, value } as const;
}

export function refuse<Code extends string>(
  code: Code,
): { readonly ok: false; readonly error: Refusal<Code> };
export function refuse<Code extends string, Details extends object>(
  code: Code,
  details: Details,
): { readonly ok: false; readonly error: Refusal<Code, Details> };
export function refuse(code: string, details: object = {}) {
  return { ok: false, error: { ...details, code } } as const;
}
