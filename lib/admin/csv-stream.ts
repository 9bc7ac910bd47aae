import "server-only";
// A CSV file as a pull stream: the next batch of rows is read from the database only when the
// reader has taken the previous one, so a million rows cost no more memory than one batch.
import { csvRow, UTF8_BOM } from "./csv-cell";

export type CsvValue = string | number | boolean | null | undefined;

export function csvStream<Row>(options: {
  header: readonly string[];
  /** The next batch after `cursor` (undefined for the first); an empty batch ends the file. */
  nextBatch: (cursor: string | undefined) => Promise<{ rows: Row[]; cursor: string | undefined }>;
  toValues: (row: Row) => CsvValue[];
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(UTF8_BOM + csvRow(options.header)));
          return;
        }
        const batch = await options.nextBatch(cursor);
        if (batch.rows.length === 0) {
          controller.close();
          return;
        }
        cursor = batch.cursor;
        let text = "";
        for (const row of batch.rows) text += csvRow(options.toValues(row));
        controller.enqueue(encoder.encode(text));
      },
    },
    // One batch in flight at most: the stream waits for the reader.
    { highWaterMark: 1 },
  );
}
