// A second production server on the same build, told another SITE_URL, started by `next start`
// itself: `npm start` refuses a SITE_URL that is not the build's (tests/integration/
// production-start.test.ts). For the specs about what the address changes (the site's links, the
// cookies of an https site). It uses the browser tests' database.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { E2E_CONTACT_EMAIL } from "./e2e-app-env";
import { e2eDatabaseUrl, inheritedEnv } from "./test-env";

export interface OtherSiteServer {
  /** Where the tests reach it: plain http on localhost, whatever SITE_URL says. */
  url: string;
  /** What it printed so far. */
  output(): string;
  stop(): void;
}

/** Starts the server and waits until it answers (call from a beforeAll with a 2-minute timeout). */
export async function startOtherSiteServer(
  port: number,
  siteUrl: string,
): Promise<OtherSiteServer> {
  const server: ChildProcess = spawn(
    join(process.cwd(), "node_modules", ".bin", "next"),
    ["start", "-p", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...inheritedEnv(),
        NODE_ENV: "production",
        SITE_URL: siteUrl,
        DATABASE_URL: e2eDatabaseUrl(),
        OPERATOR_CONTACT_EMAIL: E2E_CONTACT_EMAIL,
        AUTH_SECRET: randomBytes(32).toString("hex"),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  server.stdout?.on("data", collect);
  server.stderr?.on("data", collect);
  const url = `http://localhost:${port}`;
  await expect
    .poll(async () => (await fetch(`${url}/robots.txt`).catch(() => null))?.status, {
      timeout: 110_000,
    })
    .toBe(200);
  return { url, output: () => output, stop: () => server.kill("SIGTERM") };
}
