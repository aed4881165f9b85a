import type { ResultView } from './result-view';
import { modelRowLayouts } from './vocabulary';

export interface PrintedCell {
  id: string;
  valueAsPrinted: string;
  flags: string[];
}

export interface RebuiltRow {
  key: string;
  section: string;
  label: string;
  setting: string;
  cells: Record<string, PrintedCell[]>;
}

export interface RebuiltTable {
  columns: { key: string; label: string; detail: string }[];
  rows: RebuiltRow[];
  /** Whether rows carry a setting worth a column of its own (benchmarks as rows). */
  showSetting: boolean;
}

const withMetric = (name: string, metric: string) => (metric ? `${name} (${metric})` : name);

/**
 * A source table rebuilt from its results in printed order: rows and columns appear in the order
 * their first cell was printed, section headings are kept, and each cell keeps its printed value.
 */
export function rebuildTable(results: readonly ResultView[], layout: string): RebuiltTable {
  const benchmarkRows = !modelRowLayouts.includes(layout);
  const columns = new Map<string, { key: string; label: string; detail: string }>();
  const rows = new Map<string, RebuiltRow>();
  for (const r of results) {
    const rowKey = benchmarkRows
      ? [r.section, r.benchmarkAsPrinted, r.metric, r.setting].join('\u001f')
      : [r.section, r.modelAsPrinted].join('\u001f');
    const colKey = benchmarkRows ? r.modelAsPrinted : [r.benchmarkAsPrinted, r.metric, r.setting].join('\u001f');
    if (!columns.has(colKey)) {
      columns.set(colKey, {
        key: colKey,
        label: benchmarkRows ? r.modelAsPrinted : withMetric(r.benchmarkAsPrinted, r.metric),
        detail: benchmarkRows ? '' : r.setting,
      });
    }
    const row = rows.get(rowKey) ?? {
      key: rowKey,
      section: r.section,
      label: benchmarkRows ? withMetric(r.benchmarkAsPrinted, r.metric) : r.modelAsPrinted,
      setting: benchmarkRows ? r.setting : '',
      cells: {},
    };
    (row.cells[colKey] ??= []).push({ id: r.id, valueAsPrinted: r.valueAsPrinted, flags: r.flags });
    rows.set(rowKey, row);
  }
  return {
    columns: [...columns.values()],
    rows: [...rows.values()],
    showSetting: benchmarkRows && [...rows.values()].some((r) => r.setting),
  };
}
