import Link from '@/app/ui/link';
import { createColumnHelper } from '@tanstack/table-core';
import { categoryLabel, stageLabel } from '@/lib/categories';
import { paramsText } from '@/lib/format';
import { onCommonScale } from '@/lib/units';
import { averageText, type LeaderboardCell, type LeaderboardRow, type LeaderboardTable } from '@/lib/leaderboard/build-rows';
import { ScoreCell } from './score-cell';
import { leaderboardFeatures } from './table-features';

const column = createColumnHelper<typeof leaderboardFeatures, LeaderboardRow>();

/** What a benchmark column sorts by: the shown value on a percent scale; greyed-out values sort last. */
function sortValue(cell: LeaderboardCell | undefined, comparableOnly: boolean): number | undefined {
  if (!cell || (comparableOnly && !cell.comparable)) return undefined;
  return onCommonScale(cell.value.value, cell.value.unit);
}

/**
 * Complete averages first, then partial means, whichever the direction (TanStack flips the result
 * for a descending sort, so the tier part is flipped ahead of it); rows without one come last.
 */
function averageSortFn(desc: boolean) {
  return (a: { original: LeaderboardRow }, b: { original: LeaderboardRow }) => {
    const x = a.original.average;
    const y = b.original.average;
    const tier = (x.value === null ? 1 : 0) - (y.value === null ? 1 : 0);
    if (tier !== 0) return desc ? -tier : tier;
    const p = x.value ?? x.partial!;
    const q = y.value ?? y.partial!;
    return p === q ? 0 : p > q ? 1 : -1;
  };
}

export interface ColumnOptions {
  comparable: boolean;
  hidden: readonly string[];
  onOpen: (id: string) => void;
  /** The direction the average is sorted in, if it is (its tiers stay in place either way). */
  averageDesc?: boolean;
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
    column.accessor((r) => stageLabel(r.model.stage), { id: 'stage', header: 'Stage', sortDescFirst: false, sortFn: 'text', meta: { width: 8, show: (r) => stageLabel(r.model.stage) } }),
    column.accessor((r) => (r.average.partial === null ? undefined : r.average), {
      id: 'average',
      header: 'Average',
      sortUndefined: 'last',
      sortDescFirst: true,
      sortFn: averageSortFn(options.averageDesc ?? true),
      meta: {
        numeric: true,
        width: 7,
        title: `Mean of the ${table.averagedColumns.length} visible percent-scale benchmark columns${options.comparable ? ' at their reference settings' : ''}; shown only for models that have all of them (others show a partial mean in grey, not ranked).`,
        show: ({ average: a }) =>
          a.value !== null ? (
            averageText(a)
          ) : (
            <span className="muted" title={a.partial === null ? undefined : `partial: ${a.count} of ${a.of} columns; not ranked`}>
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
      header: categoryLabel(category),
      columns: column.columns(cols.map((col) =>
        column.accessor((r) => sortValue(r.cells[col.benchmark.id], options.comparable), {
          id: col.benchmark.id,
          header: () => <Link href={`/benchmarks/${col.benchmark.id}`}>{col.benchmark.name}</Link>,
          sortUndefined: 'last',
          sortDescFirst: col.benchmark.higherIsBetter,
          invertSorting: !col.benchmark.higherIsBetter,
          meta: {
            numeric: true,
            width: 7,
            title: `Reference setting: ${[col.reference.metric, col.reference.setting].filter(Boolean).join(' · ') || 'not stated'}. ${col.modelsWithValues} models reported. ${col.benchmark.higherIsBetter ? 'Higher' : 'Lower'} is better.`,
            show: (r) => <ScoreCell cell={r.cells[col.benchmark.id]} comparableOnly={options.comparable} onOpen={options.onOpen} />,
          },
        }),
      )),
    }),
  );
  return column.columns([...info, ...benchmarkGroups]);
}
