// What a production build baked into its prerendered pages, so `npm start` can refuse a start that
// would serve other values beside them (a sitemap for one address, share tags for another).
// next.config.ts writes the record when the build compiles; scripts/run-app.ts reads it. Not
// `server-only`: next.config.ts runs outside React's server bundle.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { messageOverridesDigest } from "../i18n/message-overrides";
import { BAKED_AT_BUILD, type Env } from "./env";

export const BUILD_RECORD_FILE = "blue-heart-build.json";

type BakedName = (typeof BAKED_AT_BUILD)[number];
/**
 * Each baked variable as the build had it (null when it was unset), and a fingerprint of the
 * MESSAGES_OVERRIDE_DIR files it was built with, when there were any.
 */
export type BuildRecord = {
  baked: Record<BakedName, string | null>;
  messagesOverrideDigest?: string;
};

function bakedValue(env: Env, name: BakedName): string | null {
  const value = env[name];
  if (value === undefined) return null;
  // "https://example.org" and "https://example.org/" are one address.
  if (name === "SITE_URL") return new URL(String(value)).href.replace(/\/$/, "");
  // "config/messages" and "./config/messages" are one folder.
  if (name === "MESSAGES_OVERRIDE_DIR") return resolve(String(value));
  return String(value);
}

export function buildRecordOf(env: Env): BuildRecord {
  const baked = Object.fromEntries(BAKED_AT_BUILD.map((name) => [name, bakedValue(env, name)]));
  const overrides = env.MESSAGES_OVERRIDE_DIR;
  return {
    baked: baked as BuildRecord["baked"],
    ...(overrides === undefined
      ? {}
      : { messagesOverrideDigest: messageOverridesDigest(overrides) }),
  };
}

export function writeBuildRecord(distDir: string, env: Env): void {
  writeFileSync(
    join(distDir, BUILD_RECORD_FILE),
    `${JSON.stringify(buildRecordOf(env), null, 2)}\n`,
  );
}

export function readBuildRecord(distDir: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(distDir, BUILD_RECORD_FILE), "utf8")) as BuildRecord;
  } catch {
    return undefined;
  }
}

export type StartPlan =
  | {
      ok: true /** Variables for the server: the build's values where the start sets none. */;
      env: Record<string, string>;
    }
  | { ok: false; message: string };

function shellValue(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/**
 * Checks a production start against its build. `explicit` holds the names the start's environment
 * sets itself; `env` is that environment parsed. Unset ones take the build's values, so pages
 * rendered per request agree with the prerendered ones.
 */
export function planProductionStart(
  record: BuildRecord | undefined,
  env: Env,
  explicit: ReadonlySet<string>,
): StartPlan {
  if (!record) {
    return {
      ok: false,
      message:
        "Blue Heart cannot start: this build does not record the settings it was made with (it predates lib/build-record.ts). Run `npm run build` again, then `npm start`.",
    };
  }
  const differences = BAKED_AT_BUILD.filter(
    (name) => explicit.has(name) && bakedValue(env, name) !== record.baked[name],
  );
  if (differences.length > 0) {
    const lines = differences.map(
      (name) =>
        `  - ${name}: the build has ${record.baked[name] ?? "it unset"}, this start has ${bakedValue(env, name)}`,
    );
    const rebuild = differences.map((name) => `${name}=${shellValue(bakedValue(env, name) ?? "")}`);
    return {
      ok: false,
      message: [
        "Blue Heart cannot start: this production build was made with other settings than this start.",
        ...lines,
        "Pages prerendered at build time carry the build's values, so build again with the ones you start with:",
        `  ${rebuild.join(" ")} npm run build`,
      ].join("\n"),
    };
  }
  const contact = explicit.has("OPERATOR_CONTACT_EMAIL")
    ? env.OPERATOR_CONTACT_EMAIL
    : record.baked.OPERATOR_CONTACT_EMAIL;
  if (!contact) {
    return {
      ok: false,
      message: [
        "Blue Heart cannot start: OPERATOR_CONTACT_EMAIL is not set.",
        "The privacy notice must tell people where to write about their data. Set it (for example",
        "OPERATOR_CONTACT_EMAIL=privacy@your-organisation.org in .env) and build again: `npm run build`, then `npm start`.",
      ].join("\n"),
    };
  }
  // The same folder, but its files edited since the build: prerendered pages have the old wording.
  const overrides = explicit.has("MESSAGES_OVERRIDE_DIR")
    ? env.MESSAGES_OVERRIDE_DIR
    : (record.baked.MESSAGES_OVERRIDE_DIR ?? undefined);
  if (
    overrides !== undefined &&
    record.messagesOverrideDigest !== undefined &&
    messageOverridesDigest(overrides) !== record.messagesOverrideDigest
  ) {
    return {
      ok: false,
      message: [
        `Blue Heart cannot start: the files in MESSAGES_OVERRIDE_DIR (${overrides}) changed since the build.`,
        "Pages prerendered at build time carry the build's wording, so build again: `npm run build`, then `npm start`.",
      ].join("\n"),
    };
  }
  const inherited: Record<string, string> = {};
  for (const name of BAKED_AT_BUILD) {
    const value = record.baked[name];
    if (!explicit.has(name) && value !== null) inherited[name] = value;
  }
  return { ok: true, env: inherited };
}
