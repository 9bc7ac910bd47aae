// `npm run docs:env`: writes the README's configuration table and .env.example from the
// descriptions in lib/env.ts. `npm run docs:env -- --check` (CI) changes nothing and exits 1,
// naming what differs, when the files are not what the descriptions say.
// Imports are relative so the check also runs from another folder (its test does).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ENV_SECTIONS, ENV_VARIABLE_NAMES } from "../lib/env";
import { TEST_ENV_SECTION } from "../tests/support/test-env";
import { envDocsDifferences, generatedFiles } from "./docs-env-render";

const root = process.cwd();
const sources = { app: ENV_SECTIONS, tests: [TEST_ENV_SECTION] };

try {
  // A variable added to the schema outside a section would go undocumented.
  const inSections = new Set(ENV_SECTIONS.flatMap((section) => Object.keys(section.variables)));
  const outside = ENV_VARIABLE_NAMES.filter((name) => name !== "NODE_ENV" && !inSections.has(name));
  if (outside.length > 0) {
    throw new Error(
      `lib/env.ts: ${outside.join(", ")} must be declared in one of ENV_SECTIONS, with a description.`,
    );
  }

  if (process.argv.includes("--check")) {
    const differences = envDocsDifferences(root, sources);
    if (differences.length > 0) {
      console.error(differences.join("\n"));
      console.error("\nRun `npm run docs:env` to write them from lib/env.ts.");
      process.exit(1);
    }
    console.log("README.md and .env.example match lib/env.ts.");
  } else {
    for (const file of generatedFiles(root, sources)) {
      writeFileSync(join(root, file.path), file.content);
      console.log(`wrote ${file.path}`);
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
