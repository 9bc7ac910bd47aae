import type { TestProject } from "vitest/node";
import { ensureTemplate, openTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    testTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await openTestServer();
  project.provide("testServerUrl", server.serverUrl);
  project.provide("testTemplate", await ensureTemplate(server.serverUrl));
  return async () => {
    await server.stop();
  };
}
