import { describe, expect, it } from "vitest";
import { parsePledgeInput } from "@/lib/pledges/pledge-input-schema";

const valid = {
  displayName: "  José  ",
  email: "  Jose@Example.COM ",
  country: " es ",
  message: "  Line one\r\nLine two  ",
  showOnWall: "on",
  consent: "on",
};

describe("parsePledgeInput", () => {
  it("trims the email but keeps it as typed (emailKey compares it), upper-cases the country", () => {
    const result = parsePledgeInput(valid);
    expect(result).toEqual({
      ok: true,
      value: {
        displayName: "José",
        email: "Jose@Example.COM",
        country: "ES",
        message: "Line one\nLine two",
        showOnWall: true,
        consent: true,
      },
    });
  });

  it("reads an empty message as none and an unticked wall box as no", () => {
    const result = parsePledgeInput({ ...valid, message: "   ", showOnWall: undefined });
    expect(result.ok && result.value).toMatchObject({ message: null, showOnWall: false });
  });

  it("accepts JSON booleans for the checkboxes", () => {
    const result = parsePledgeInput({ ...valid, showOnWall: true, consent: true });
    expect(result.ok).toBe(true);
  });

  it("keeps zero-width joiners, which names in several scripts need", () => {
    const result = parsePledgeInput({ ...valid, displayName: "می\u200cخواهم" });
    expect(result.ok).toBe(true);
  });

  it("accepts exactly 80 characters of name and 280 of message, and not one more", () => {
    expect(parsePledgeInput({ ...valid, displayName: "n".repeat(80) }).ok).toBe(true);
    expect(parsePledgeInput({ ...valid, message: "m".repeat(280) }).ok).toBe(true);
    expect(parsePledgeInput({ ...valid, displayName: "n".repeat(81) })).toEqual({
      ok: false,
      error: { code: "invalid", fieldErrors: { displayName: "displayNameTooLong" } },
    });
    expect(parsePledgeInput({ ...valid, message: "m".repeat(281) })).toEqual({
      ok: false,
      error: { code: "invalid", fieldErrors: { message: "messageTooLong" } },
    });
  });

  it("reports the first problem of every bad field at once", () => {
    expect(parsePledgeInput({})).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          displayName: "displayNameRequired",
          email: "emailRequired",
          country: "countryRequired",
          consent: "consentRequired",
        },
      },
    });
  });

  it("treats input that is not an object as every required field missing", () => {
    const result = parsePledgeInput("hello");
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.error.fieldErrors).sort()).toEqual([
      "consent",
      "country",
      "displayName",
      "email",
    ]);
  });
});
