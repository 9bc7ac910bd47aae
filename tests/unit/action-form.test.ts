// How the action wrappers read a call: only a real form submission gets to the schema; anything
// else (no arguments, JSON, a string where the form should be) is a malformed call.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, formFields, formOf } from "@/lib/actions/action-form";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("a server action call", () => {
  it("is a form when the form comes alone or after useActionState's previous state", () => {
    const data = form([["id", "1"]]);
    expect(formOf([data])).toBe(data);
    expect(formOf([{ status: "idle" }, data])).toBe(data);
  });

  it.each([
    ["no arguments", []],
    ["a string", ["decision=spam"]],
    ["an object shaped like the form", [{ ids: ["x"], decision: "spam" }]],
    ["the form first, then something else", [form([]), 5]],
    ["too many arguments", [null, form([]), form([])]],
  ])("is malformed with %s", (_label, args) => {
    expect(formOf(args)).toBeNull();
  });

  it("reads one value per name, and arrays only where a name may repeat", () => {
    const data = form([
      ["ids", "a"],
      ["ids", "b"],
      ["decision", "spam"],
      ["decision", "approve"],
    ]);
    expect(formFields(data, ["ids"])).toEqual({ ids: ["a", "b"], decision: "spam" });
    expect(formFields(form([]), ["ids"])).toEqual({ ids: [] });
  });

  it("names the first problem of each field", () => {
    const schema = z.object({ email: z.email({ error: "Enter an email." }), role: z.enum(["A"]) });
    const parsed = schema.safeParse({ email: "nope", role: "B" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error?.issues ?? [])).toMatchObject({ email: "Enter an email." });
    expect(Object.keys(fieldErrorsOf(parsed.error?.issues ?? []))).toEqual(["email", "role"]);
  });
});
