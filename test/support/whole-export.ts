import { toCsvLine } from '@/lib/csv';
import { exportColumns, toExportRecord, type ExportRecord } from '@/lib/export-columns';
import type { ResultView } from '@/lib/result-view';

/**
 * The results export built the plain way, from whole records: the reference the streamed writers
 * (lib/export-lines.ts, lib/export-stream.ts) are held equal to, byte for byte.
 */

/** The CSV cells of one record: numbers in plain decimal, nulls as empty cells. */
const exportCells = (record: ExportRecord) => exportColumns.map((c) => (record[c] === null ? '' : String(record[c])));

export function resultsToCsv(rows: readonly ResultView[]): string {
  return [exportColumns, ...rows.map((r) => exportCells(toExportRecord(r)))].map(toCsvLine).join('');
}

export function resultsToJson(rows: readonly ResultView[]): string {
  return `${JSON.stringify({ columns: exportColumns, count: rows.length, results: rows.map(toExportRecord) }, null, 1)}\n`;
}
