import { uncertaintyOf } from './result-uncertainty';
import type { ResultView } from './result-view';

/** The export contract: these columns, in this order, then our extras. */
export const exportColumns = [
  'source_id',
  'source_title',
  'source_arxiv',
  'table',
  'page',
  'model_id',
  'model_name',
  'model_as_printed',
  'benchmark_id',
  'benchmark_name',
  'benchmark_as_printed',
  'metric',
  'setting',
  'value',
  'value_as_printed',
  'flags',
  'note',
  'section',
  'unit',
  'result_id',
  // Derived, never printed: the sampling interval from the item count (docs/uncertainty.md).
  'items',
  'ci95_low',
  'ci95_high',
  'ci_method',
] as const;

export type ExportColumn = (typeof exportColumns)[number];
export type ExportRecord = Record<ExportColumn, string | number | null>;

export function toExportRecord(r: ResultView): ExportRecord {
  const u = uncertaintyOf(r);
  return {
    source_id: r.sourceId,
    source_title: r.sourceTitle,
    source_arxiv: r.sourceArxiv,
    table: r.table,
    page: r.page,
    model_id: r.modelId,
    model_name: r.modelName,
    model_as_printed: r.modelAsPrinted,
    benchmark_id: r.benchmarkId,
    benchmark_name: r.benchmarkName,
    benchmark_as_printed: r.benchmarkAsPrinted,
    metric: r.metric,
    setting: r.setting,
    value: r.value,
    value_as_printed: r.valueAsPrinted,
    flags: r.flags.join(';'),
    note: r.note,
    section: r.section,
    unit: r.unit,
    result_id: r.id,
    items: u.items,
    ci95_low: u.ci95Low,
    ci95_high: u.ci95High,
    ci_method: u.ciMethod,
  };
}
