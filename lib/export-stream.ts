import { toCsvLine } from './csv';
import { exportCells, exportColumns, toExportRecord } from './export-columns';
import type { ResultView } from './result-view';

/** The export (lib/export-format.ts) written batch by batch as rows arrive from a cursor, never held whole. */

export async function* csvChunks(batches: AsyncIterable<readonly ResultView[]>): AsyncGenerator<string> {
  yield toCsvLine(exportColumns);
  for await (const batch of batches) yield batch.map((r) => toCsvLine(exportCells(toExportRecord(r)))).join('');
}

const indented = (json: string, depth: number) => json.replace(/\n/g, `\n${' '.repeat(depth)}`);

/** The JSON export's object, { columns, results, count }, with the count last since it is known only at the end. */
export async function* jsonChunks(batches: AsyncIterable<readonly ResultView[]>): AsyncGenerator<string> {
  yield `{\n "columns": ${indented(JSON.stringify(exportColumns, null, 1), 1)},\n "results": [`;
  let count = 0;
  for await (const batch of batches) {
    let text = '';
    for (const row of batch) {
      text += `${count ? ',' : ''}\n  ${indented(JSON.stringify(toExportRecord(row), null, 1), 2)}`;
      count += 1;
    }
    yield text;
  }
  yield `${count ? '\n ' : ''}],\n "count": ${count}\n}\n`;
}

/** Chunks as a byte stream that reads on only as fast as the client takes them; cancelling ends the cursor. */
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
