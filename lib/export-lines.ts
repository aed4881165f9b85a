import type { ExportRow, ExportTable } from './export-rows';
import { itemsFromSetting } from './samples-averaged';
import { resultUncertainty, type ResultUncertainty } from './uncertainty';

/**
 * The export's CSV lines and JSON records written straight from database rows, byte for byte what
 * the plain build from toExportRecord(view) gives (test/support/whole-export.ts; test/db/export-bytes.test.ts
 * holds them equal), at a fraction of the cost: no record objects.
 */

// The same test as lib/csv.ts quoteField, in one pass.
const needsQuotes = /[",\r\n]|^\s|\s$/;
const quoted = (v: string) => (needsQuotes.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

// JSON.stringify of a string changes only quotes, backslashes, control characters and lone surrogates; others just get quotes.
const needsEscapes = /["\\\u0000-\u001f\ud800-\udfff]/;
const json = (v: string | number | null) => (typeof v === 'string' && !needsEscapes.test(v) ? `"${v}"` : v === null ? 'null' : JSON.stringify(v));

/** The interval cells, which depend only on (unit, items, value): reused across rows, a bounded memo per export. */
function uncertaintyMemo<T>(format: (u: ResultUncertainty) => T): (row: ExportRow) => T {
  const memo = new Map<string, T>();
  return (row) => {
    const setting = row[11];
    // itemsOf (lib/result-uncertainty.ts): the setting's own "n=…" first, else the benchmark's count.
    const items = (setting.includes('n=') ? itemsFromSetting(setting) : null) ?? row[9];
    const key = `${row[14]} ${items} ${row[12]}`;
    let cells = memo.get(key);
    if (cells === undefined) {
      if (memo.size >= 100_000) memo.clear();
      cells = format(resultUncertainty(row[12], row[14], items));
      memo.set(key, cells);
    }
    return cells;
  };
}

const cell = (v: number | string | null) => (v === null ? '' : String(v));

/** A function giving the CSV text of rows [from, to) of a batch of one table, each line ending in \n. */
export function csvWriter(): (table: ExportTable, rows: readonly ExportRow[], from: number, to: number) => string {
  const tail = uncertaintyMemo((u) => `${cell(u.items)},${cell(u.ci95Low)},${cell(u.ci95High)},${cell(u.ciMethod)}\n`);
  return (table, rows, from, to) => {
    const head = `${quoted(table.sourceId)},${quoted(table.sourceTitle)},${quoted(cell(table.sourceArxiv))},${quoted(table.table)},`;
    let text = '';
    for (let i = from; i < Math.min(to, rows.length); i += 1) {
      const r = rows[i]!;
      text +=
        `${head}${r[1] === null ? '' : quoted(r[1])},${quoted(r[3])},${quoted(r[4])},${quoted(r[5])},${quoted(r[6])},${quoted(r[7])},${quoted(r[8])},` +
        `${quoted(r[10])},${quoted(r[11])},${r[12]},${quoted(r[13])},${quoted(r[15])},${quoted(r[16])},${quoted(r[2])},${quoted(r[14])},${quoted(r[0])},${tail(r)}`;
    }
    return text;
  };
}

/** A function giving the JSON records of rows [from, to) of a batch, each preceded by ",\n  " (the first of all by "\n  "), as jsonChunks lays them out. */
export function jsonWriter(): (table: ExportTable, rows: readonly ExportRow[], from: number, to: number, first: boolean) => string {
  const tail = uncertaintyMemo(
    (u) => `,\n   "items": ${json(u.items)},\n   "ci95_low": ${json(u.ci95Low)},\n   "ci95_high": ${json(u.ci95High)},\n   "ci_method": ${json(u.ciMethod)}\n  }`,
  );
  return (table, rows, from, to, first) => {
    const head = `\n  {\n   "source_id": ${json(table.sourceId)},\n   "source_title": ${json(table.sourceTitle)},\n   "source_arxiv": ${json(table.sourceArxiv)},\n   "table": ${json(table.table)},\n   "page": `;
    let text = '';
    for (let i = from; i < Math.min(to, rows.length); i += 1) {
      const r = rows[i]!;
      text +=
        `${first ? '' : ','}${head}${json(r[1])},\n   "model_id": ${json(r[3])},\n   "model_name": ${json(r[4])},\n   "model_as_printed": ${json(r[5])},` +
        `\n   "benchmark_id": ${json(r[6])},\n   "benchmark_name": ${json(r[7])},\n   "benchmark_as_printed": ${json(r[8])},` +
        `\n   "metric": ${json(r[10])},\n   "setting": ${json(r[11])},\n   "value": ${json(r[12])},\n   "value_as_printed": ${json(r[13])},` +
        `\n   "flags": ${json(r[15])},\n   "note": ${json(r[16])},\n   "section": ${json(r[2])},\n   "unit": ${json(r[14])},\n   "result_id": ${json(r[0])}${tail(r)}`;
      first = false;
    }
    return text;
  };
}
