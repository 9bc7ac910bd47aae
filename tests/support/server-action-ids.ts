// The ids of the build's server actions, by exported name, from Next's server reference manifest:
// what a browser puts in the Next-Action header. Tests use it to call an action as a browser (or
// an attacker) would, wherever the action's file lives.
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface ReferenceManifest {
  node: Record<string, { exportedName?: string }>;
}

export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as ReferenceManifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action named ${exportedName} in this build`);
  return found[0];
}
