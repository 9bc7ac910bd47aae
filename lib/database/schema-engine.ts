import "server-only";
// Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven through the
// pg driver adapter. The Prisma CLI would download a native engine first, which machines without
// internet cannot do; this build ships inside an npm package (docs/decisions/002-offline-migrations.md).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type SchemaEngine = bindings.SchemaEngine;

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks function
 * bodies ($$ ... $$) and runs the pieces outside any transaction. Sent whole instead, PostgreSQL's
 * simple-query protocol runs a multi-statement script atomically: a failing migration leaves nothing.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // Hand the error to the adapter so the engine receives it in the shape it expects.
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

let ready: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(glue), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
  })();
  return ready;
}

/**
 * Runs `work` with the engine connected to a database, then frees the engine and closes its
 * connections (left open, the pool would keep the process alive for its idle timeout).
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const pool = new pg.Pool({ connectionString, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  const log = (message: string) => {
    // The engine reports progress as JSON lines; only warnings and errors matter to a person.
    if (/"level":"(WARN|ERROR)"/.test(message)) console.warn(`[schema-engine] ${message}`);
  };
  // The engine arms 10-second timers that it never clears; unreferenced, they no longer keep the
  // process alive after the work is done. Only timers created while the engine works are affected.
  const setTimeoutBefore = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) =>
    setTimeoutBefore(...args).unref()) as typeof setTimeout;
  try {
    const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, log, adapter);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    globalThis.setTimeout = setTimeoutBefore;
    await pool.end();
  }
}

export const noFilters = { externalTables: [], externalEnums: [] };
