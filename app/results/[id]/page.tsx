import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getResultWithSiblings } from '@/db/queries/results';
import { flagText, marksOf, unitSuffix, whereText } from '@/lib/format';
import { tableAnchor } from '@/lib/anchors';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };
const resultId = /^[0-9a-f]{16}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = resultId.test(id) ? await getResultWithSiblings({ id }) : undefined;
  return { title: found ? `${found.result.modelName} on ${found.result.benchmarkName}: ${found.result.valueAsPrinted}` : 'Result not found' };
}

/** The permalink of one reported number, with everything needed to cite it. */
export default async function ResultPage({ params }: Props) {
  const { id } = await params;
  if (!resultId.test(id)) notFound();
  const found = await getResultWithSiblings({ id });
  if (!found) notFound();
  const { result: r, others } = found;
  return (
    <>
      <p className="crumbs">
        <Link href={`/benchmarks/${r.benchmarkId}`}>{r.benchmarkName}</Link> /
      </p>
      <h1>
        <Link href={`/models/${r.modelId}`}>{r.modelName}</Link> on <Link href={`/benchmarks/${r.benchmarkId}`}>{r.benchmarkName}</Link>
      </h1>
      <p className="big-value">
        <span data-testid="result-value">{r.valueAsPrinted}</span>
        {marksOf(r.flags) && <span className="mark">{marksOf(r.flags)}</span>}
        <span className="muted">{unitSuffix(r.unit)}</span>
      </p>
      <dl className="facts">
        <dt>Source</dt>
        <dd>
          <Link href={`/sources/${r.sourceId}`}>{r.sourceTitle}</Link>
          <div className="muted">
            {r.sourceAuthors}, {r.sourceYear}
            {r.sourceArxiv && <> · arXiv:{r.sourceArxiv}</>}
          </div>
        </dd>
        <dt>Printed in</dt>
        <dd>
          <Link href={`/sources/${r.sourceId}#${tableAnchor(r.table)}`}>{whereText(r)}</Link>
          {r.section && <span className="muted"> · section “{r.section}”</span>}
        </dd>
        <dt>Model as printed</dt>
        <dd>“{r.modelAsPrinted}”</dd>
        <dt>Benchmark as printed</dt>
        <dd>“{r.benchmarkAsPrinted}”</dd>
        <dt>Metric</dt>
        <dd>{r.metric || <span className="muted">not stated</span>}</dd>
        <dt>Setting</dt>
        <dd>{r.setting || <span className="muted">not stated</span>}</dd>
        {r.flags.length > 0 && (
          <>
            <dt>Marks and flags</dt>
            <dd>{r.flags.map(flagText).join('; ')}</dd>
          </>
        )}
        {r.note && (
          <>
            <dt>Note</dt>
            <dd>{r.note}</dd>
          </>
        )}
      </dl>
      <h2>Other reported values for this model and benchmark</h2>
      {others.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="others">
          {others.map((o) => (
            <li key={o.id}>
              <Link href={`/results/${o.id}`}>
                <strong>{o.valueAsPrinted}</strong>
                {marksOf(o.flags)}
              </Link>{' '}
              {o.sourceShortTitle}, {whereText(o)} <span className="muted">{[o.metric, o.setting].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
