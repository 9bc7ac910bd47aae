import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { exportPledgesCsv } from "@/lib/admin/export-pledges-csv";
import { parsePledgeFilters } from "@/lib/admin/pledge-filters";
import { db } from "@/lib/db";
import { parseCsv } from "@/tests/support/parse-csv";
import { envValue } from "@/tests/support/test-env";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  // UTF-8 byte-order mark, for spreadsheets.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

async function pledge(displayName: string, country = "DE", message: string | null = null) {
  const now = new Date();
  const email = `${Math.random().toString(36).slice(2)}@example.org`;
  return db.pledge.create({
    data: {
      displayName,
      email,
      emailKey: email,
      country,
      message,
      messageStatus: message ? "PENDING" : "NONE",
      consentAt: now,
      consentNoticeVersion: "2026-01",
    },
  });
}

describe("the pledges CSV export", () => {
  it("neutralises formula cells, keeps UTF-8 names, starts with a BOM and follows the filters", async () => {
    const dangerous = ["=1+1", "+1", "-1", "@SUM(A1)", "\tTab", "\rReturn"];
    for (const name of dangerous) await pledge(name, "NL");
    await pledge('Zoë "Zo" 李, Lima', "NL", "=cmd|' /C calc'!A0");
    await pledge("Someone elsewhere", "PE");

    const body = await readAll(exportPledgesCsv(parsePledgeFilters({ country: "NL" })));
    expect(body.startsWith("\uFEFFid,created_at,display_name,email,")).toBe(true);
    const [header, ...rows] = parseCsv(body.slice(1));
    const name = header?.indexOf("display_name") ?? -1;
    const message = header?.indexOf("message") ?? -1;
    const names = rows.map((row) => row[name]);
    expect(names).toHaveLength(7);
    expect(names).toEqual(
      expect.arrayContaining([
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\tTab",
        "'\rReturn",
        'Zoë "Zo" 李, Lima',
      ]),
    );
    expect(rows.map((row) => row[message])).toContain("'=cmd|' /C calc'!A0");
    // No cell a spreadsheet would evaluate.
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("streams 200,000 rows with flat memory", async () => {
    const total = 200_000;
    // Setting up 200,000 rows takes longer than the app's statement timeout allows: a connection of
    // its own, without it.
    const setup = new pg.Client({ connectionString: envValue("DATABASE_URL") });
    await setup.connect();
    await setup.query(
      `INSERT INTO "Pledge" ("id", "createdAt", "updatedAt", "displayName", "email", "emailKey", "country",
                             "message", "messageStatus", "showOnWall", "status", "consentAt",
                             "consentNoticeVersion", "locale")
       SELECT gen_random_uuid(), now() - g * interval '1 second', now(), 'Bulk supporter ' || g,
              'bulk-' || g || '@example.org', 'bulk-' || g || '@example.org', 'CA',
              CASE WHEN g % 3 = 0 THEN 'Together against trafficking, message ' || g END,
              (CASE WHEN g % 3 = 0 THEN 'PENDING' ELSE 'NONE' END)::"MessageStatus",
              false, 'ACTIVE', now(), '2026-01', 'en'
         FROM generate_series(1, $1::int) AS g`,
      [total],
    );
    await setup.end();

    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const used = () => {
      const memory = process.memoryUsage();
      return memory.heapUsed + memory.arrayBuffers;
    };
    gc();
    const baseline = used();
    let peak = 0;
    let bytes = 0;
    let chunks = 0;
    let lines = 0;

    const reader = exportPledgesCsv(parsePledgeFilters({ country: "CA" })).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 0x0a) lines++;
      // Measured while this chunk is still held, as a consumer holds it.
      if (chunks % 5 === 0 || value.byteLength > 1_000_000) {
        gc();
        peak = Math.max(peak, used() - baseline);
      }
    }

    const bound = 16 * 1024 * 1024;
    console.info(
      `[export] ${total} rows, ${(bytes / 1048576).toFixed(1)} MiB in ${chunks} chunks; ` +
        `peak heap+buffers growth ${(peak / 1048576).toFixed(1)} MiB (bound ${bound / 1048576} MiB)`,
    );
    expect(lines).toBe(total + 1);
    // The file is far bigger than the bound: an export that built it in memory could not pass.
    expect(bytes).toBeGreaterThan(2 * bound);
    expect(chunks).toBeGreaterThan(50);
    expect(peak).toBeLessThan(bound);
  }, 300_000); // 200,000 rows to set up and stream: minutes on a loaded machine, seconds on a quiet one.
});
