/*
 * Routes from a table: "METHOD /path/:id/..." patterns, where `:id` stands for one path segment,
 * each with its handler. Used for the `/v1` API and the `/_emulator` control routes.
 */

export interface Route<Call> {
  /** As written: "GET /v1/charges/:id" (params/endpoint-params.ts is keyed by it). */
  pattern: string;
  method: string;
  segments: readonly string[];
  handle: (call: Call, id: string) => unknown;
}

/** `route("GET /v1/charges/:id", handler)`. */
export function route<Call>(pattern: string, handle: Route<Call>["handle"]): Route<Call> {
  const [method = "", path = ""] = pattern.split(" ");
  return { pattern, method, segments: path.split("/").filter(Boolean), handle };
}

/**
 * The route for a method and the request's path segments, with the segment that stood for
 * `:id` ("" when the pattern has none). `isId` decides which segments may stand for `:id`.
 */
export function findRoute<Call>(
  routes: readonly Route<Call>[],
  method: string,
  segments: readonly string[],
  isId: (segment: string) => boolean = () => true,
): { route: Route<Call>; id: string } | null {
  for (const candidate of routes) {
    if (candidate.method !== method || candidate.segments.length !== segments.length) continue;
    let id = "";
    const matches = candidate.segments.every((expected, index) => {
      const actual = segments[index] ?? "";
      if (expected !== ":id") return expected === actual;
      id = actual;
      return isId(actual);
    });
    if (matches) return { route: candidate, id };
  }
  return null;
}
