// `npm start` against a build: it refuses what would contradict the prerendered pages, and a
// privacy notice without a contact address. The real scripts/run-app.ts, in a folder holding a
// production build's marker and record; it stops before it opens any database.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BUILD_RECORD_FILE, buildRecordOf } from "@/lib/build-record";
import { parseEnv } from "@/lib/env";
import { envValue } from "../support/test-env";

const root = process.cwd();
let folder: string | undefined;

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A folder whose .next says it was built with `built`; then `npm start` in it with `started`. */
function startAgainstBuild(built: Record<string, string>, started: Record<string, string>) {
  folder = mkdtempSync(join(tmpdir(), "bh-start-"));
  mkdirSync(join(folder, ".next"));
  writeFileSync(join(folder, ".next", "BUILD_ID"), "test-build");
  const record = buildRecordOf(parseEnv({ NODE_ENV: "production", ...built }));
  writeFileSync(join(folder, ".next", BUILD_RECORD_FILE), JSON.stringify(record));
  // Only what a person's shell would have: no SITE_URL or operator from this test run.
  const env = {
    PATH: envValue("PATH") ?? "",
    HOME: envValue("HOME") ?? "",
    TSX_TSCONFIG_PATH: join(root, "tsconfig.json"),
    DATA_DIR: join(folder, "data"),
    ...started,
    NODE_ENV: "production" as const,
  };
  return spawnSync(
    join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", join(root, "scripts", "run-app.ts"), "start"],
    { cwd: folder, env, encoding: "utf8", timeout: 60_000 },
  );
}

describe("npm start against a production build", () => {
  it("stops with the rebuild command when SITE_URL differs from the build's", () => {
    const result = startAgainstBuild(
      { OPERATOR_CONTACT_EMAIL: "privacy@example.org" },
      { SITE_URL: "https://blueheart.example.org", OPERATOR_CONTACT_EMAIL: "privacy@example.org" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "SITE_URL: the build has http://localhost:3000, this start has https://blueheart.example.org",
    );
    expect(result.stderr).toContain("SITE_URL=https://blueheart.example.org npm run build");
    expect(result.stdout).not.toContain("Database:");
  });

  it("stops, saying why, when neither the build nor the start sets OPERATOR_CONTACT_EMAIL", () => {
    const result = startAgainstBuild({}, {});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("OPERATOR_CONTACT_EMAIL is not set");
    expect(result.stderr).toContain("privacy notice must tell people where to write");
  });

  it("stops when the start sets a contact the prerendered privacy notice does not show", () => {
    const result = startAgainstBuild({}, { OPERATOR_CONTACT_EMAIL: "privacy@example.org" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "OPERATOR_CONTACT_EMAIL: the build has it unset, this start has privacy@example.org",
    );
  });

  it("stops before anything else, naming the file and the key, on a bad message override", () => {
    const overrides = mkdtempSync(join(tmpdir(), "bh-overrides-"));
    try {
      writeFileSync(
        join(overrides, "en.json"),
        JSON.stringify({ Metadata: { siteName: "Blue Heart {city}" } }),
      );
      const settings = {
        OPERATOR_CONTACT_EMAIL: "privacy@example.org",
        MESSAGES_OVERRIDE_DIR: overrides,
      };
      const result = startAgainstBuild(settings, settings);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `the message overrides in MESSAGES_OVERRIDE_DIR (${overrides}) have problems`,
      );
      expect(result.stderr).toContain(
        `${join(overrides, "en.json")}: Metadata.siteName: arguments {city, text} differ from English's (none)`,
      );
      expect(result.stdout).not.toContain("Database:");
    } finally {
      rmSync(overrides, { recursive: true, force: true });
    }
  });

  it("stops when the start has a message override folder the prerendered pages were not built with", () => {
    const overrides = mkdtempSync(join(tmpdir(), "bh-overrides-"));
    try {
      const result = startAgainstBuild(
        { OPERATOR_CONTACT_EMAIL: "privacy@example.org" },
        { OPERATOR_CONTACT_EMAIL: "privacy@example.org", MESSAGES_OVERRIDE_DIR: overrides },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `MESSAGES_OVERRIDE_DIR: the build has it unset, this start has ${overrides}`,
      );
      expect(result.stderr).toContain(`MESSAGES_OVERRIDE_DIR=${overrides} npm run build`);
    } finally {
      rmSync(overrides, { recursive: true, force: true });
    }
  });
});
