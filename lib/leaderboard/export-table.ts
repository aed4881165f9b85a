import { bibtexKey } from '../citation';
import { stages } from '../vocabulary';
import type { ExportCell, ExportColumn, ExportTable } from '../view-export';
import type { LeaderboardRow, LeaderboardTable } from './build-rows';
import type { LeaderboardSource } from './types';

export interface ExportTableInput {
  /** Column ids as shown, in order ('model', 'family', 'params', 'stage', 'average' or a benchmark id). */
  columnIds: readonly string[];
  /** Every row of the view in its current order (not just the page shown). */
  rows: readonly LeaderboardRow[];
  built: LeaderboardTable;
  sources: readonly LeaderboardSource[];
  url: string;
}

const infoHeaders: Record<string, { header: string; kind: ExportColumn['kind'] }> = {
  model: { header: 'Model', kind: 'text' },
  family: { header: 'Family', kind: 'text' },
  params: { header: 'Size', kind: 'size' },
  stage: { header: 'Stage', kind: 'text' },
  average: { header: 'Average', kind: 'average' },
};

/** The leaderboard view as an export table: each score with its value, marks, setting and source. */
export function buildExportTable({ columnIds, rows, built, sources, url }: ExportTableInput): ExportTable {
  const benchmarks = new Map(built.columns.map((c) => [c.benchmark.id, c]));
  const columns: ExportColumn[] = columnIds.map((id) => {
    const b = benchmarks.get(id);
    if (b) return { id, header: b.benchmark.name, kind: 'score', metric: b.reference.metric, setting: b.reference.setting };
    const info = infoHeaders[id];
    return { id, header: info?.header ?? id, kind: info?.kind ?? 'text' };
  });
  const out = rows.map((r) => {
    const cells: Record<string, ExportCell | undefined> = {
      model: { kind: 'text', text: r.model.name },
      family: { kind: 'text', text: r.model.family },
      params: { kind: 'size', paramsB: r.model.paramsB },
      stage: { kind: 'text', text: stages.label(r.model.stage) },
      average: { kind: 'average', ...r.average },
    };
    for (const [id, cell] of Object.entries(r.cells)) {
      const v = cell.value;
      cells[id] = { kind: 'score', valueAsPrinted: v.valueAsPrinted, value: v.value, flags: v.flags, sourceId: v.sourceId, metric: v.metric, setting: v.setting };
    }
    return cells;
  });
  return {
    title: 'Benchmark scores as reported by their sources (Benchboard)',
    url,
    columns,
    rows: out,
    sources: sources.map((s) => ({ id: s.id, key: bibtexKey(s.bibtex) ?? s.id, bibtex: s.bibtex })),
  };
}
