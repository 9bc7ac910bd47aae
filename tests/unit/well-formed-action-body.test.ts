import { describe, expect, it } from "vitest";
import { isWellFormedActionBody } from "@/lib/http/well-formed-action-body";

async function multipart(fields: Array<[string, string]>) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = new Response(form);
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "",
  };
}

const call = (contentType: string) =>
  new Headers({ "content-type": contentType, "next-action": "a".repeat(42) });
const form = (contentType: string) => new Headers({ "content-type": contentType });

describe("the shape of a server-action body", () => {
  it("accepts what React's client sends for our forms, with and without JavaScript", async () => {
    const withJs = await multipart([
      ["_1_email", "ada@example.org"],
      ["0", '[{"status":"idle","values":{"name":"$$x"}},"$K1"]'],
    ]);
    expect(await isWellFormedActionBody(withJs.bytes, call(withJs.contentType))).toBe(true);
    const withoutJs = await multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"status":"idle"}]'],
      ["email", "ada@example.org"],
    ]);
    expect(await isWellFormedActionBody(withoutJs.bytes, form(withoutJs.contentType))).toBe(true);
  });

  it("keeps the boundary's case, as browsers write it", async () => {
    const boundary = "----WebKitFormBoundaryAbCdEf";
    const body = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--${boundary}--\r\n`,
    );
    const headers = call(`multipart/form-data; boundary=${boundary}`);
    expect(await isWellFormedActionBody(body, headers)).toBe(true);
  });

  it("refuses bodies Next cannot decode", async () => {
    const root = (value: string) => multipart([["0", value]]);
    for (const value of ['["$K1"', '"$K9"', '["$@1","$Q2","$T"]', "{}"]) {
      const body = await root(value);
      expect(await isWellFormedActionBody(body.bytes, call(body.contentType)), value).toBe(false);
    }
    const text = new TextEncoder().encode("--b\r\n\r\n");
    expect(await isWellFormedActionBody(text, call("multipart/form-data; boundary=b"))).toBe(false);
    expect(await isWellFormedActionBody(text, call("application/json"))).toBe(false);
    expect(await isWellFormedActionBody(text, form("multipart/form-data; boundary="))).toBe(false);
    const dangling = await multipart([["$ACTION_1:0", '{"id":"zz","bound":"$@1"}']]);
    expect(await isWellFormedActionBody(dangling.bytes, form(dangling.contentType))).toBe(false);
  });
});
