// Whether a form post is something a browser could have sent to one of our server actions. Next
// decodes the body (multipart, then React's reply format) before any of our code runs, and answers
// a body it cannot decode with a 500. The proxy checks the shape first and answers 400 instead.
// The check is about the envelope only; the action's own schema checks the fields.

// The references React's encodeReply writes for what our actions take (a plain previous state and
// a FormData): an escaped "$", a FormData ("$K<id>"), and the plain special values. Anything else
// ("$@" promises, "$Q" maps, "$T" temporary references, "$F" server references, streams) is
// nothing our forms send.
const PLAIN_REFERENCE = /^\$(\$|K[0-9a-f]+$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

function referencesArePlain(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every(referencesArePlain);
  if (typeof value === "object" && value !== null) {
    return Object.values(value).every(referencesArePlain);
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

async function parseForm(bytes: Uint8Array, contentType: string): Promise<FormData | null> {
  try {
    const copy = new Uint8Array(bytes);
    return await new Response(copy, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** A call with JavaScript (Next-Action header): the arguments as React encodes them. */
async function isWellFormedCall(bytes: Uint8Array, contentType: string): Promise<boolean> {
  let root: string;
  if (contentType.startsWith("text/plain")) {
    root = Buffer.from(bytes).toString("utf8");
  } else if (/^multipart\/form-data;\s*boundary=\S/i.test(contentType)) {
    const form = await parseForm(bytes, contentType);
    const value = form?.get("0");
    if (typeof value !== "string") return false;
    root = value;
  } else {
    return false;
  }
  const parsed = parseJson(root);
  return parsed.ok && Array.isArray(parsed.value) && referencesArePlain(parsed.value);
}

/** A form posted without JavaScript: fields, and perhaps the action's id and bound arguments. */
async function isWellFormedForm(bytes: Uint8Array, contentType: string): Promise<boolean> {
  // Anything but multipart Next does not decode as an action (it answers it as a page).
  if (!contentType.startsWith("multipart/")) return true;
  if (!/^multipart\/form-data;\s*boundary=\S/i.test(contentType)) return false;
  const form = await parseForm(bytes, contentType);
  if (form === null) return false;
  for (const [name, value] of form) {
    // "$ACTION_<n>:0": the action and where its bound arguments are ("$@<m>": field
    // "$ACTION_<n>:<m>", a JSON array: useActionState binds the previous state that way).
    const reference = /^\$ACTION_(\d+):0$/.exec(name);
    if (!reference) continue;
    if (typeof value !== "string") return false;
    const parsed = parseJson(value);
    if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null) return false;
    const { id, bound } = parsed.value as { id?: unknown; bound?: unknown };
    if (typeof id !== "string") return false;
    if (bound === null || bound === undefined) continue;
    const slot = typeof bound === "string" ? /^\$@([0-9a-f]+)$/.exec(bound) : null;
    if (!slot) return false;
    const args = form.get(`$ACTION_${reference[1]}:${Number.parseInt(slot[1] ?? "", 16)}`);
    const parsedArgs = typeof args === "string" ? parseJson(args) : { ok: false as const };
    if (!parsedArgs.ok || !Array.isArray(parsedArgs.value)) return false;
    if (!referencesArePlain(parsedArgs.value)) return false;
  }
  return true;
}

export async function isWellFormedActionBody(
  bytes: Uint8Array,
  headers: Headers,
): Promise<boolean> {
  // Not lower-cased whole: the multipart boundary is case-sensitive (browsers send
  // ----WebKitFormBoundary...). Only the media type is compared without case.
  const raw = headers.get("content-type") ?? "";
  const semicolon = raw.indexOf(";");
  const contentType =
    semicolon < 0
      ? raw.toLowerCase()
      : raw.slice(0, semicolon).toLowerCase() + raw.slice(semicolon);
  return headers.has("next-action")
    ? isWellFormedCall(bytes, contentType)
    : isWellFormedForm(bytes, contentType);
}
