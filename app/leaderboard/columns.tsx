import Link from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/table-core';
import { categories, stages } from '@/lib/vocabulary';
import { paramsText } from '@/lib/display-text';
import { onCommonScale } from '@/lib/units';
import { averageText, compareAverages, type LeaderboardCell, type LeaderboardRow, type LeaderboardTable } from '@/lib/leaderboard/build-rows';
import type { ProvenanceTarget } from '../ui/provenance-target';
import { ScoreCell } from './score-cell';
import { leaderboardFeatures } from './table-features';

const column = createColumnHelper<typeof leaderboardFeatures, LeaderboardRow>();

/** rem: room for the name's longest word in bold, its sort arrow and the benchmark link, so a header never breaks inside a word. */
const headerWidth = (name: string) => Math.max(7, Math.ceil(Math.max(...name.split(/\s+/).map((w) => w.length)) * 0.62 + 3.6));

/** What a benchmark column sorts by: the shown value on a percent scale; greyed-out values sort last. */
function sortValue(cell: LeaderboardCell | undefined, comparableOnly: boolean): number | undefined {
  if (!cell || (comparableOnly && !cell.comparable)) return undefined;
  return onCommonScale(cell.value.value, cell.value.unit);
}

export interface ColumnOptions {
  comparable: boolean;
  hidden: readonly string[];
  /** The direction the average is sorted in (its tiers stay complete, partial, none either way). */
  averageDesc: boolean;
  onOpen: (target: ProvenanceTarget) => void;
}

export function buildColumns(table: LeaderboardTable, options: ColumnOptions) {
  const info = column.columns([
    column.accessor((r) => r.model.name, {
      id: 'model',
      header: 'Model',
      sortDescFirst: false,
      sortFn: 'text',
      meta: { sticky: true, width: 15, show: (r) => <Link href={`/models/${r.model.id}`}>{r.model.name}</Link> },
    }),
    column.accessor((r) => r.model.family, { id: 'family', header: 'Family', sortDescFirst: false, sortFn: 'text', meta: { width: 8, show: (r) => r.model.family } }),
    column.accessor((r) => r.model.paramsB ?? undefined, {
      id: 'params',
      header: 'Size',
      sortUndefined: 'last',
      meta: { numeric: true, title: 'Parameters as the sources state them', width: 5, show: (r) => paramsText(r.model.paramsB) },
    }),
    // stages sort in lineage order (base, mid-trained base, SFT, RL, …), as the vocabulary lists them
    column.accessor((r) => stages.rank(r.model.stage), { id: 'stage', header: 'Stage', sortDescFirst: false, meta: { width: 8, show: (r) => stages.label(r.model.stage) } }),
    column.accessor((r) => r.average, {
      id: 'average',
      header: 'Average',
      sortDescFirst: true,
      // TanStack flips the result for a descending sort; undo that for the tier order, which never flips.
      sortFn: (a, b) => compareAverages(a.original.average, b.original.average, options.averageDesc) * (options.averageDesc ? -1 : 1),
      meta: {
        numeric: true,
        width: 7,
        title: `Mean of the ${table.averagedColumns.length} visible percent-scale benchmark columns${options.comparable ? ' at their reference settings' : ''}; complete rows rank first; a partial mean (grey, with its coverage) ranks after them, among partial ones only.`,
        show: ({ average: a }) =>
          a.value !== null ? (
            averageText(a)
          ) : (
            <span className="muted" title={a.partial === null ? undefined : `partial: ${a.count} of ${a.of} columns; ranked after complete averages`}>
              {averageText(a)}
            </span>
          ),
      },
    }),
  ]).filter((c) => !options.hidden.includes(c.id as string));

  const groups = new Map<string, typeof table.columns>();
  for (const c of table.columns) {
    const list = groups.get(c.benchmark.category) ?? [];
    list.push(c);
    groups.set(c.benchmark.category, list);
  }
  const benchmarkGroups = [...groups].map(([category, cols]) =>
    column.group({
      id: `category-${category}`,
      header: categories.label(category),
      columns: column.columns(cols.map((col) =>
        column.accessor((r) => sortValue(r.cells[col.benchmark.id], options.comparable), {
          id: col.benchmark.id,
          header: col.benchmark.name,
          sortUndefined: 'last',
          sortDescFirst: col.benchmark.higherIsBetter,
          invertSorting: !col.benchmark.higherIsBetter,
          meta: {
            numeric: true,
            width: headerWidth(col.benchmark.name),
            href: `/benchmarks/${col.benchmark.id}`,
            hrefLabel: 'benchmark page',
            title: `Reference setting: ${[col.reference.metric, col.reference.setting].filter(Boolean).join(' · ') || 'not stated'}. ${col.modelsWithValues} models reported. ${col.benchmark.higherIsBetter ? 'Higher' : 'Lower'} is better.`,
            show: (r) => <ScoreCell cell={r.cells[col.benchmark.id]} run={r.runs?.[col.benchmark.id]} comparableOnly={options.comparable} onOpen={options.onOpen} />,
          },
        }),
      )),
    }),
  );
  return column.columns([...info, ...benchmarkGroups]);
}
