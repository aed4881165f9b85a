import Link from '@/app/ui/link';
import type { ResultRank } from '@/db/queries/results';
import type { RankedValue } from '@/lib/benchmark-ranks';
import { unitSuffix } from '@/lib/display-text';
import { StaticTable, staticColumnHelper } from '../../ui/data-table/static-table';

const column = staticColumnHelper<RankedValue<ResultRank>>();
const columns = column.columns([
  column.accessor('rank', { header: 'Rank', meta: { numeric: true }, cell: (c) => <span data-testid="rank-range">{c.getValue()}</span> }),
  column.accessor((r) => r.result.modelName, {
    id: 'model',
    header: 'Model',
    meta: { rowHeader: true },
    cell: (c) => <Link href={`/models/${c.row.original.result.modelId}`}>{c.getValue()}</Link>,
  }),
  column.accessor((r) => r.result.valueAsPrinted, {
    id: 'value',
    header: 'Value as printed',
    meta: { numeric: true },
    cell: (c) => (
      <Link href={`/results/${c.row.original.result.id}`}>
        {c.getValue()}
        {unitSuffix(c.row.original.result.unit)}
      </Link>
    ),
  }),
  column.accessor((r) => (r.ci95Low === null || r.ci95High === null ? '—' : `${r.ci95Low}–${r.ci95High}`), {
    id: 'interval',
    header: '95% interval',
    meta: { numeric: true },
  }),
  column.accessor((r) => r.result.sourceShortTitle, { id: 'source', header: 'Reported in' }),
]);

export interface RankRangesTableProps {
  ranked: RankedValue<ResultRank>[];
  of: number;
  itemsKnown: boolean;
}

/** The ranking with shared ranks: a rank range covers every value whose 95% interval overlaps. */
export function RankRangesTable({ ranked, of, itemsKnown }: RankRangesTableProps) {
  return (
    <section aria-labelledby="rank-ranges">
      <h2 id="rank-ranges">Ranking with sampling noise</h2>
      <p className="muted">
        {itemsKnown
          ? 'A rank is the range of places a value could take among the values whose 95% intervals overlap its own (Wilson score interval over the benchmark\u2019s items; ranks of values without an interval count the bare value). Values in different settings are ranked together, as in the chart.'
          : 'The number of items of this benchmark is not known, so no interval is shown and ranks only share places for equal values.'}
        {ranked.length < of && ` The best ${ranked.length} of ${of} values are shown.`}
      </p>
      <StaticTable columns={columns} data={ranked} rowId={(r) => r.result.id} caption="Each value with its rank range and 95% interval" />
    </section>
  );
}
