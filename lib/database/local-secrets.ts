import "server-only";
// Secrets a deployment should set (IP_HASH_SALT, AUTH_SECRET, ...). When they are unset, `npm run
// dev` and `npm start` generate random ones once and keep them beside the data in DATA_DIR, so a
// fresh machine works with no .env and the values survive restarts. Several app instances must
// share them: set them explicitly there (see .env.example).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

export async function localSecrets(
  dataDir: string,
  names: readonly string[],
): Promise<Record<string, string>> {
  const path = join(resolve(dataDir), "local-secrets.json");
  const stored: Record<string, string> = existsSync(path)
    ? (JSON.parse(await readFile(path, "utf8")) as Record<string, string>)
    : {};
  let changed = false;
  for (const name of names) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("hex");
      changed = true;
    }
  }
  if (changed) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return stored;
}
