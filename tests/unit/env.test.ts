import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ENV_SECTIONS, parseEnv } from "@/lib/env";
import { documentVariables, envDocsDifferences, generatedFiles } from "@/scripts/docs-env-render";
import { TEST_ENV_SECTION } from "@/tests/support/test-env";

const sources = { app: ENV_SECTIONS, tests: [TEST_ENV_SECTION] };

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

  it("takes a mail server only as an smtp(s) URL, and with a sender", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.org" })).toThrow(
      /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.org:587" })).toThrow(
      /EMAIL_FROM: is required with SMTP_URL/,
    );
    const env = parseEnv({ SMTP_URL: "smtps://u:p@mail.example.org", EMAIL_FROM: "a@example.org" });
    expect(env.SMTP_URL).toBe("smtps://u:p@mail.example.org");
  });

  it("puts the site on the port it serves when SITE_URL is unset", () => {
    expect(parseEnv({ PORT: "4101" }).SITE_URL).toBe("http://localhost:4101");
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "4101", SITE_URL: "https://blueheart.example.org" }).SITE_URL).toBe(
      "https://blueheart.example.org",
    );
  });

  it("keeps the test tooling's variables out of the app's schema", () => {
    const appVariables = ENV_SECTIONS.flatMap((section) => Object.keys(section.variables));
    for (const name of ["TEST_DATABASE_URL", "E2E_PORT", "E2E_DATABASE_URL", "CHROME_PATH", "CI"]) {
      expect(appVariables).not.toContain(name);
      expect(parseEnv({})).not.toHaveProperty(name);
    }
  });
});

describe("the configuration docs, generated from lib/env.ts", () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it("are what README.md and .env.example hold (npm run docs:env -- --check)", () => {
    expect(envDocsDifferences(process.cwd(), sources)).toEqual([]);
  });

  it("state in each description the default the schema applies", () => {
    for (const variable of documentVariables([...ENV_SECTIONS, TEST_ENV_SECTION])) {
      const stated = variable.defaultText.match(/^`(.*)`$/)?.[1];
      if (stated !== undefined && !variable.defaultText.includes("$")) {
        expect(variable.description, variable.name).toContain(stated);
      }
    }
  });

  it("fail the check, naming the variable, when a description changes", () => {
    folder = mkdtempSync(join(tmpdir(), "bh-docs-env-"));
    copyFileSync(".env.example", join(folder, ".env.example"));
    const readme = readFileSync("README.md", "utf8");
    const row = readme.split("\n").find((line) => line.startsWith("| `AUTH_SESSION_HOURS` |"));
    expect(row).toBeDefined();
    writeFileSync(
      join(folder, "README.md"),
      readme.replace(row ?? "", "| `AUTH_SESSION_HOURS` | `8` | Signs the session cookies. |"),
    );

    const check = spawnSync(
      join(process.cwd(), "node_modules", ".bin", "tsx"),
      [join(process.cwd(), "scripts", "docs-env.ts"), "--check"],
      { cwd: folder, encoding: "utf8" },
    );
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("README.md differs from lib/env.ts");
    expect(check.stderr).toContain("- | `AUTH_SESSION_HOURS` | `8` | Signs the session cookies. |");
    expect(check.stderr).toContain(`+ ${row}`);
    expect(check.stderr).not.toContain(".env.example differs");
  }, 60_000);

  it("fail the check when lib/env.ts changes a description and the files are not written again", () => {
    const changed = ENV_SECTIONS.map((section) =>
      section.title !== "Staff sign-in (Auth.js)"
        ? section
        : {
            ...section,
            variables: {
              ...section.variables,
              AUTH_IDLE_MINUTES: section.variables.AUTH_IDLE_MINUTES.meta({
                description: "Minutes of quiet before a staff session ends. Unset: 30.",
              }),
            },
          },
    );
    const differences = envDocsDifferences(process.cwd(), { ...sources, app: changed });
    expect(differences).toContain("README.md differs from lib/env.ts:");
    expect(differences).toContain(".env.example differs from lib/env.ts:");
    expect(differences.join("\n")).toContain(
      "+ | `AUTH_IDLE_MINUTES` | `30` | Minutes of quiet before a staff session ends. Unset: 30. |",
    );
  });

  it("refuse a variable without a description, naming it", () => {
    const section = { title: "Database", variables: { DATABASE_POOL_TIMEOUT: z.coerce.number() } };
    expect(() => generatedFiles(process.cwd(), { app: [section], tests: [] })).toThrow(
      /DATABASE_POOL_TIMEOUT[\s\S]*\.meta\(\{ description/,
    );
  });
});
