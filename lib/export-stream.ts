import { toCsvLine } from './csv';
import { exportColumns } from './export-columns';
import { csvWriter, jsonWriter } from './export-lines';
import type { ExportBatch } from './export-rows';

/** The export (lib/results-csv-json.ts) written batch by batch as rows arrive from the database, never held whole. */

// Chunks of about 60 KB: larger strings (and their bytes) skip the young generation, and collecting them cost a quarter of the time.
const csvChunkRows = 250;
const jsonChunkRows = 80;

export async function* csvChunks(batches: AsyncIterable<ExportBatch>): AsyncGenerator<string> {
  yield toCsvLine(exportColumns);
  const write = csvWriter();
  for await (const { table, rows } of batches) for (let i = 0; i < rows.length; i += csvChunkRows) yield write(table, rows, i, i + csvChunkRows);
}

const indented = (json: string, depth: number) => json.replace(/\n/g, `\n${' '.repeat(depth)}`);

/** The JSON export's object, { columns, results, count }, with the count last since it is known only at the end. */
export async function* jsonChunks(batches: AsyncIterable<ExportBatch>): AsyncGenerator<string> {
  yield `{\n "columns": ${indented(JSON.stringify(exportColumns, null, 1), 1)},\n "results": [`;
  const write = jsonWriter();
  let count = 0;
  for await (const { table, rows } of batches) {
    for (let i = 0; i < rows.length; i += jsonChunkRows) {
      yield write(table, rows, i, i + jsonChunkRows, count === 0);
      count += Math.min(rows.length, i + jsonChunkRows) - i;
    }
  }
  yield `${count ? '\n ' : ''}],\n "count": ${count}\n}\n`;
}

/** Chunks as a byte stream that reads on only as fast as the client takes them; cancelling ends the database read. */
export function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
