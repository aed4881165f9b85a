import Link from '@/app/ui/link';
import type { HeadlineGrid } from '@/db/queries/headlines';
import { flags as flagTerm } from '@/lib/vocabulary';
import { StaticTable, staticColumnHelper } from '../ui/data-table/static-table';
import { Breakable } from './breakable';
import styles from './home.module.css';

export interface HeadlineTableProps {
  grid: HeadlineGrid;
  caption: string;
  ownPrefix: string;
}

type HeadlineModel = HeadlineGrid['models'][number];
const column = staticColumnHelper<HeadlineModel>();

/** A cell's printed mark (*, †) when its flags carry one, and the words for every flag. */
function flagsOf(flags: string[]): { mark: string; words: string[] } {
  const known = flags.filter(flagTerm.has).map((f) => flagTerm.info[f]);
  return { mark: known.map((f) => f.mark).join(''), words: known.map((f) => f.label) };
}

function columnsOf(grid: HeadlineGrid) {
  const cell = new Map(grid.cells.map((c) => [`${c.modelId}\n${c.benchmarkId}`, c]));
  return column.columns([
    column.display({
      id: 'model',
      header: 'Model',
      meta: { rowHeader: true },
      cell: ({ row: { original: m } }) => (
        <Link href={`/models/${m.id}`} title={m.name}>
          <Breakable text={m.printed} />
        </Link>
      ),
    }),
    ...grid.benchmarks.map((b) =>
      column.display({
        id: b.id,
        header: () => (
          <Link href={`/benchmarks/${b.id}`} title={b.name}>
            <Breakable text={b.printed} />
          </Link>
        ),
        meta: { numeric: true },
        cell: ({ row: { original: m } }) => {
          const c = cell.get(`${m.id}\n${b.id}`);
          if (!c) return <span className="muted" aria-label="not reported">–</span>;
          const flags = flagsOf(c.flags);
          return (
            <Link href={`/results/${c.resultId}`} data-result-id={c.resultId} title={[`${m.name}, ${b.name}: ${c.table}`, ...flags.words].join('; ')}>
              {c.valueAsPrinted}
              {flags.mark && <span className="mark">{flags.mark}</span>}
            </Link>
          );
        },
      }),
    ),
  ]);
}

/** One paper's headline numbers with its own spellings: a model per row, each cell the printed value linking to its provenance. */
export function HeadlineTable({ grid, caption, ownPrefix }: HeadlineTableProps) {
  const rowAttributes = (m: HeadlineModel) => ({ 'data-headline-model': m.id, 'data-own': m.id.startsWith(ownPrefix) ? '' : undefined });
  return <StaticTable columns={columnsOf(grid)} data={grid.models} rowId={(m) => m.id} caption={caption} bare className={styles.grid} rowAttributes={rowAttributes} />;
}
