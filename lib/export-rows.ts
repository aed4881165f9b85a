import type { ResultView } from './result-view';

/** The source table a batch of export rows comes from: the export's leading columns, the same for every row. */
export interface ExportTable {
  sourceId: string;
  sourceTitle: string;
  sourceArxiv: string | null;
  table: string;
}

/** What the database sends for each exported result besides its table, in this order (db/queries/results-stream.ts selects it so). */
export const exportRowFields = [
  'id',
  'page',
  'section',
  'modelId',
  'modelName',
  'modelAsPrinted',
  'benchmarkId',
  'benchmarkName',
  'benchmarkAsPrinted',
  'benchmarkItems',
  'metric',
  'setting',
  'value',
  'valueAsPrinted',
  'unit',
  'flags',
  'note',
] as const;

/** One result as an array in exportRowFields order (flags already joined with ";"): formatted straight from what the database sends. */
export type ExportRow = [
  id: string,
  page: string | null,
  section: string,
  modelId: string,
  modelName: string,
  modelAsPrinted: string,
  benchmarkId: string,
  benchmarkName: string,
  benchmarkAsPrinted: string,
  benchmarkItems: number | null,
  metric: string,
  setting: string,
  value: number,
  valueAsPrinted: string,
  unit: string,
  flags: string,
  note: string,
];

/** Rows of one source table, in printed order. */
export interface ExportBatch {
  table: ExportTable;
  rows: ExportRow[];
}

export function exportRowOf(r: ResultView): ExportRow {
  return [
    r.id,
    r.page,
    r.section,
    r.modelId,
    r.modelName,
    r.modelAsPrinted,
    r.benchmarkId,
    r.benchmarkName,
    r.benchmarkAsPrinted,
    r.benchmarkItems ?? null,
    r.metric,
    r.setting,
    r.value,
    r.valueAsPrinted,
    r.unit,
    r.flags.join(';'),
    r.note,
  ];
}

const sameTable = (a: ExportTable, r: ResultView) => a.sourceId === r.sourceId && a.table === r.table;

/** Whole views (a small store's one read, a PGlite page) as export batches: one per run of rows from the same table. */
export function viewBatches(views: readonly ResultView[]): ExportBatch[] {
  const batches: ExportBatch[] = [];
  let current: ExportBatch | undefined;
  for (const r of views) {
    if (!current || !sameTable(current.table, r)) {
      current = { table: { sourceId: r.sourceId, sourceTitle: r.sourceTitle, sourceArxiv: r.sourceArxiv, table: r.table }, rows: [] };
      batches.push(current);
    }
    current.rows.push(exportRowOf(r));
  }
  return batches;
}
