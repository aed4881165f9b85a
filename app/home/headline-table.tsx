import Link from '@/app/ui/link';
import type { HeadlineGrid } from '@/db/queries/headlines';
import { flags as flagTerm } from '@/lib/vocabulary';
import { Breakable } from './breakable';
import styles from './home.module.css';

export interface HeadlineTableProps {
  grid: HeadlineGrid;
  caption: string;
  ownPrefix: string;
}

/** A cell's printed mark (*, †) when its flags carry one, and the words for every flag. */
function flagsOf(flags: string[]): { mark: string; words: string[] } {
  const known = flags.filter(flagTerm.has).map((f) => flagTerm.info[f]);
  return { mark: known.map((f) => f.mark).join(''), words: known.map((f) => f.label) };
}

/** One paper's headline numbers with its own spellings: a model per row, each cell the printed value linking to its provenance. */
export function HeadlineTable({ grid, caption, ownPrefix }: HeadlineTableProps) {
  const cell = new Map(grid.cells.map((c) => [`${c.modelId}\n${c.benchmarkId}`, c]));
  return (
    <table className={styles.grid}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          {grid.benchmarks.map((b) => (
            <th scope="col" key={b.id} className={styles.num}>
              <Link href={`/benchmarks/${b.id}`} title={b.name}>
                <Breakable text={b.printed} />
              </Link>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.models.map((m) => (
          <tr key={m.id} data-headline-model={m.id} className={m.id.startsWith(ownPrefix) ? styles.own : undefined}>
            <th scope="row">
              <Link href={`/models/${m.id}`} title={m.name}>
                <Breakable text={m.printed} />
              </Link>
            </th>
            {grid.benchmarks.map((b) => {
              const c = cell.get(`${m.id}\n${b.id}`);
              const flags = flagsOf(c?.flags ?? []);
              return (
                <td key={b.id} className={styles.num}>
                  {c ? (
                    <Link href={`/results/${c.resultId}`} data-result-id={c.resultId} title={[`${m.name}, ${b.name}: ${c.table}`, ...flags.words].join('; ')}>
                      {c.valueAsPrinted}
                      {flags.mark && <span className="mark">{flags.mark}</span>}
                    </Link>
                  ) : (
                    <span className="muted" aria-label="not reported">–</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
