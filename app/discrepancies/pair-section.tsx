import Link from '@/app/ui/link';
import type { Discrepancy } from '@/lib/discrepancies';
import { settingClassText } from '@/lib/discrepancy-class';
import { ValuesTable } from './values-table';

/** The spread to two decimals at most: it is our arithmetic, not a printed number. */
const spreadText = (spread: number) => String(Number(spread.toFixed(2)));

export interface PairSectionProps {
  pair: Discrepancy;
  /** The ledger's address showing only one model's or one benchmark's pairs. */
  onlyHref: (key: 'model' | 'benchmark', id: string) => string;
}

/** One model+benchmark pair: what kind of gap it is, why the sources say it arises, and every value. */
export function PairSection({ pair: d, onlyHref }: PairSectionProps) {
  const summary =
    d.kind === 'source-conflict'
      ? 'the source contradicts itself'
      : `${d.results.length} values, ${d.spread === null ? 'units differ' : `spread ${spreadText(d.spread)} points`}`;
  return (
    <section className="discrepancy" data-testid="discrepancy" data-model-id={d.modelId} data-benchmark-id={d.benchmarkId} data-setting={d.setting} data-spread={d.spread ?? undefined}>
      <h2>
        <Link href={`/models/${d.modelId}`}>{d.modelName}</Link> on <Link href={`/benchmarks/${d.benchmarkId}`}>{d.benchmarkName}</Link>
      </h2>
      <p className="pair-facts small">
        <span className="pair-spread">{summary}</span>
        <span className={`setting-class setting-${d.setting}`}>{settingClassText[d.setting]}</span>
        <Link href={onlyHref('model', d.modelId)}>all pairs of {d.modelName}</Link>
        <Link href={onlyHref('benchmark', d.benchmarkId)}>all pairs on {d.benchmarkName}</Link>
      </p>
      {d.reasons.length > 0 && (
        <ul className="reasons small" aria-label="Why the values may differ">
          {d.reasons.map((r) => (
            <li key={r.text} data-reason={r.kind}>
              {r.text}
            </li>
          ))}
        </ul>
      )}
      <ValuesTable results={d.results} caption={`Reported values of ${d.modelName} on ${d.benchmarkName}`} />
      {d.results.some((r) => r.note && r.flags.includes('conflict')) && (
        <p className="muted small">{d.results.find((r) => r.flags.includes('conflict'))!.note}</p>
      )}
    </section>
  );
}
