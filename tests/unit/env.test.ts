import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLE_NAMES, parseEnv } from "@/lib/env";

// Set by the tooling itself, never by a person.
const INTERNAL = new Set(["NODE_ENV", "CI", "E2E_DATABASE_URL"]);

describe("the environment", () => {
  it("works on a fresh machine with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.OFFICIAL_UN_SITE).toBe(false);
  });

  it("names every malformed variable and how to fix it, at once", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "mysql://nope", EMBEDDED_DB_PORT: "eighty", SITE_URL: "not a url" }),
    ).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /DATABASE_URL: must be a PostgreSQL URL[\s\S]*EMBEDDED_DB_PORT[\s\S]*SITE_URL[\s\S]*\.env\.example/,
        ),
      }),
    );
  });

  it("is documented variable by variable in .env.example and the README", () => {
    const example = readFileSync(".env.example", "utf8");
    const readme = readFileSync("README.md", "utf8");
    const documented = ENV_VARIABLE_NAMES.filter((name) => !INTERNAL.has(name));
    expect(documented.length).toBeGreaterThan(10);
    for (const name of documented) {
      expect(example, `${name} in .env.example`).toMatch(new RegExp(`^# ${name}=`, "m"));
      expect(readme, `${name} in README.md`).toContain(`| \`${name}\` |`);
    }
    // Nothing documented that the app does not read.
    for (const match of example.matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)) {
      expect(ENV_VARIABLE_NAMES).toContain(match[1]);
    }
  });
});
