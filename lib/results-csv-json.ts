import { toCsvLine } from './csv';
import { exportCells, exportColumns, toExportRecord } from './export-columns';
import type { ResultView } from './result-view';

/** The results export as whole CSV or JSON text (lib/export-stream.ts writes the same batch by batch). */

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}

/** The export as CSV text: the header, then one line per result. */
export function* resultsCsvChunks(rows: readonly ResultView[]): Generator<string> {
  yield toCsvLine(exportColumns);
  for (const row of rows) yield toCsvLine(exportCells(toExportRecord(row)));
}

export function resultsToCsv(rows: readonly ResultView[]): string {
  return [...resultsCsvChunks(rows)].join('');
}

export function resultsToJson(rows: readonly ResultView[]): string {
  return `${JSON.stringify({ columns: exportColumns, count: rows.length, results: rows.map(toExportRecord) }, null, 1)}\n`;
}
