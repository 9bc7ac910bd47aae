// What a newcomer's `npm install` and `next build` print, kept to what the README explains.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inheritedEnv } from "../support/test-env";

type Lockfile = { packages: Record<string, { hasInstallScript?: boolean }> };
type Manifest = { allowScripts?: Record<string, boolean> };

describe("npm install", () => {
  it("has decided, package by package, every install script it would run", () => {
    const lockfile = JSON.parse(readFileSync("package-lock.json", "utf8")) as Lockfile;
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as Manifest;
    const withScripts = Object.entries(lockfile.packages)
      .filter(([path, entry]) => path !== "" && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(withScripts.length).toBeGreaterThan(0);
    const decided = Object.keys(manifest.allowScripts ?? {});
    expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
  });
});

describe("next build", () => {
  it("sends no usage data, whoever runs it: next.config.ts turns Next.js telemetry off", () => {
    // A fresh user configuration, where no one has run `next telemetry disable`.
    const env: NodeJS.ProcessEnv = {
      ...inheritedEnv(),
      XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "bh-next-conf-")),
    };
    delete env.NEXT_TELEMETRY_DISABLED;
    const probe = [
      'await import("./next.config.ts");',
      'const { Telemetry } = await import("next/dist/telemetry/storage.js");',
      `console.log(new Telemetry({ distDir: ${JSON.stringify(join(process.cwd(), ".data"))} }).isEnabled);`,
    ].join("\n");
    const result = spawnSync(
      join("node_modules", ".bin", "tsx"),
      ["--input-type=module", "--eval", probe],
      { env, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("false");
  }, 60_000);
});
