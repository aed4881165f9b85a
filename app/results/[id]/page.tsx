import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getResultWithSiblings } from '@/db/queries/results';
import { citationSentence } from '@/lib/citation';
import { whereText } from '@/lib/display-text';
import { CopyButton } from '../../ui/copy-button';
import { isResultId } from '@/lib/slug';
import { PrintedValue, ProvenanceFacts } from '../../ui/provenance-facts';
import { PrintedScore } from '../../ui/printed-score';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = isResultId(id) ? await getResultWithSiblings({ id }) : undefined;
  return { title: found ? `${found.result.modelName} on ${found.result.benchmarkName}: ${found.result.valueAsPrinted}` : 'Result not found' };
}

/** The permalink of one reported number, with everything needed to cite it. */
export default async function ResultPage({ params }: Props) {
  const { id } = await params;
  if (!isResultId(id)) notFound();
  const found = await getResultWithSiblings({ id });
  if (!found) notFound();
  const { result: r, others, bibtex } = found;
  const sentence = citationSentence(r);
  return (
    <>
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link href={`/sources/${r.sourceId}`}>{r.sourceShortTitle}</Link> › {whereText(r)} › <Link href={`/models/${r.modelId}`}>{r.modelName}</Link> ›{' '}
        <Link href={`/benchmarks/${r.benchmarkId}`}>{r.benchmarkName}</Link>
      </nav>
      <h1>
        <Link href={`/models/${r.modelId}`}>{r.modelName}</Link> on <Link href={`/benchmarks/${r.benchmarkId}`}>{r.benchmarkName}</Link>
      </h1>
      <PrintedValue result={r} testId="result-value" />
      <ProvenanceFacts result={r} />
      <h2>Cite this number</h2>
      <p data-testid="citation-sentence">{sentence}</p>
      <p>
        <CopyButton text={sentence} label="Copy citation" /> <CopyButton text={bibtex} label="Copy BibTeX" />
      </p>
      <pre data-testid="citation-bibtex">{bibtex}</pre>
      <h2>Other reported values for this model and benchmark</h2>
      {others.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="others">
          {others.map((o) => (
            <li key={o.id}>
              <Link href={`/results/${o.id}`}>
                <strong>
                  <PrintedScore valueAsPrinted={o.valueAsPrinted} flags={o.flags} />
                </strong>
              </Link>{' '}
              {o.sourceShortTitle}, {whereText(o)} <span className="muted">{[o.metric, o.setting].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
