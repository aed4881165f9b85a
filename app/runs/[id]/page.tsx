import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/app/ui/link';
import { getRun } from '@/db/queries/runs';
import { isRunId } from '@/lib/runs/run-id';
import { generationText, withComparisons } from '@/lib/runs/run-view';
import { ComparisonTable, type ComparisonRow } from './comparison-table';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: isRunId(id) ? `Run ${id}` : 'Run not found' };
}

export default async function RunPage({ params }: Props) {
  const { id } = await params;
  if (!isRunId(id)) notFound();
  const found = await getRun({ id });
  if (!found) notFound();
  const { run } = found;
  const rows: ComparisonRow[] = withComparisons(found.values, found.reported).flatMap((v): ComparisonRow[] => {
    const base = { benchmarkId: v.benchmarkId, benchmarkName: v.benchmarkName, metric: v.metric, shots: v.shots, value: v.value, valueRaw: v.valueRaw, stderr: v.stderr, generation: generationText(v.generation) };
    return v.comparisons.length
      ? v.comparisons.map((c) => ({ ...base, key: `${v.position}-${c.reported.resultId}`, comparison: c }))
      : [{ ...base, key: `${v.position}`, comparison: null }];
  });
  const subset = found.values.some((v) => v.itemsEvaluated !== null && v.itemsTotal !== null && v.itemsEvaluated < v.itemsTotal);
  return (
    <>
      <p className="crumbs">
        <Link href="/runs">Runs</Link> /
      </p>
      <h1>
        {run.modelName}: run by {run.runName}
      </h1>
      <p className="muted">Measured, not reported: these numbers come from an evaluation someone ran, and are compared with what papers printed.</p>
      {(run.sampleLimit || subset) && (
        <p role="note" data-testid="subset-note">
          Subset run: the harness evaluated only part of each task (limit {run.sampleLimit ?? 'set'}), so its numbers carry more sampling noise and may differ from a full run.
        </p>
      )}
      <dl className="facts inline">
        <dt>Model</dt>
        <dd>
          <Link href={`/models/${run.modelId}`}>{run.modelName}</Link> <span className="muted">(file names it {run.modelAsNamed})</span>
        </dd>
        <dt>Measured by</dt>
        <dd>
          {run.runName} <span className="muted">({run.evaluatorRelationship.replace('_', ' ')})</span>
        </dd>
        <dt>Harness</dt>
        <dd>
          {run.harness} {run.harnessVersion ?? <span className="muted">version not recorded</span>}
          {run.gitHash && <span className="muted"> at {run.gitHash}</span>}
        </dd>
        <dt>Run on</dt>
        <dd>{run.evaluatedAt ?? <span className="muted">not recorded</span>}</dd>
        <dt>Model arguments</dt>
        <dd>
          <code>{run.modelArgs ?? '—'}</code>
        </dd>
        <dt>File</dt>
        <dd>
          {run.sourceFile} <span className="muted">(imported {run.importedAt.slice(0, 10)})</span>
        </dd>
        <dt>Export</dt>
        <dd>
          <a href={`/api/runs/${run.id}?format=eee`}>Every Eval Ever JSON</a> · <a href={`/api/runs/${run.id}?format=yaml`}>Hugging Face .eval_results YAML</a> ·{' '}
          <a href={`/api/runs/${run.id}`}>JSON with comparisons</a>
        </dd>
      </dl>
      <h2>Beside the reported values</h2>
      <p className="muted">
        Δ is the measured value minus the reported one, in points. It is within sampling noise when it is no larger than the 95% interval of the
        difference, combining the harness&apos;s standard error (or a binomial error over the items evaluated) with a binomial error of the reported value
        over the benchmark&apos;s items. Hover a verdict for its method.
      </p>
      <ComparisonTable rows={rows} />
    </>
  );
}
