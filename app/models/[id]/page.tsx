import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLineage, getModel } from '@/db/queries/catalog';
import { listResults } from '@/db/queries/results';
import { listRuns } from '@/db/queries/runs';
import { categories as categoryTerm, modalities, stages } from '@/lib/vocabulary';
import { paramsText } from '@/lib/display-text';
import { withRepeats } from '@/lib/repeated-values';
import { isSlug } from '@/lib/slug';
import { LazyLineageChart } from '../../charts/lazy';
import { RunsTable } from '../../runs/runs-table';
import { ResultsList } from '../../ui/results-list/data-table';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const model = isSlug(id) ? await getModel({ id }) : undefined;
  return { title: model?.name ?? 'Model not found' };
}

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  if (!isSlug(id)) notFound();
  const model = await getModel({ id });
  if (!model) notFound();
  const [rows, lineage, runs] = await Promise.all([listResults({ filters: { model: [id] } }), getLineage({ id }), listRuns({ modelId: id })]);
  const chain = [...lineage.ancestors, { id: model.id, name: model.name }, ...lineage.descendants];
  const chainResults = chain.length > 1 ? await listResults({ filters: { model: chain.map((m) => m.id) } }) : [];
  // A value printed in several tables is listed and counted once, with every place it was printed.
  const distinct = withRepeats(rows);
  const byCategory = new Map<string, typeof distinct>();
  for (const r of distinct) byCategory.set(r.benchmarkCategory, [...(byCategory.get(r.benchmarkCategory) ?? []), r]);
  const categories = categoryTerm.sort(byCategory.keys());
  return (
    <>
      <p className="crumbs">
        <Link href={`/?family=${encodeURIComponent(model.family)}`}>{model.family}</Link> /
      </p>
      <h1>{model.name}</h1>
      <dl className="facts inline">
        <dt>Family</dt>
        <dd>{model.family}</dd>
        <dt>Organization</dt>
        <dd>{model.organization}</dd>
        <dt>Size</dt>
        <dd>
          {paramsText(model.paramsB)}
          {model.paramsNote && <span className="muted"> ({model.paramsNote})</span>}
        </dd>
        <dt>Modality</dt>
        <dd>{modalities.label(model.modality)}</dd>
        <dt>Stage</dt>
        <dd>{stages.label(model.stage)}</dd>
        <dt>Open weights</dt>
        <dd>{model.openWeights === null ? 'unknown' : model.openWeights ? 'yes' : 'no'}</dd>
        <dt>Printed as</dt>
        <dd>{model.aliases.map((a) => `“${a}”`).join(', ')}</dd>
      </dl>
      <h2>Lineage</h2>
      {lineage.ancestors.length === 0 && lineage.descendants.length === 0 ? (
        <p className="muted">The sources document no base model or derived model for it.</p>
      ) : (
        <ol className="lineage">
          {lineage.ancestors.map((m) => (
            <li key={m.id}>
              <Link href={`/models/${m.id}`}>{m.name}</Link> <span className="muted">({stages.label(m.stage)})</span>
            </li>
          ))}
          <li aria-current="page">
            <strong>{model.name}</strong> <span className="muted">({stages.label(model.stage)})</span>
            {lineage.descendants.length > 0 && (
              <ul>
                {lineage.descendants.map((m) => (
                  <li key={m.id} style={{ marginLeft: `${(m.depth - 1) * 1.2}rem` }}>
                    → <Link href={`/models/${m.id}`}>{m.name}</Link> <span className="muted">({stages.label(m.stage)})</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        </ol>
      )}
      {chain.length > 1 && <LazyLineageChart models={chain.map((m) => ({ id: m.id, name: m.name }))} results={chainResults} />}
      <p>
        <Link href={`/compare?models=${[model.id, ...lineage.ancestors.slice(-1).map((m) => m.id), ...lineage.descendants.slice(0, 2).map((m) => m.id)].join(',')}`}>
          Compare with its lineage
        </Link>
      </p>
      <h2 data-testid="score-count">
        {distinct.length} distinct reported scores
        {distinct.length < rows.length && <span className="muted small"> (printed {rows.length} times; a repeat is listed once, with every place it was printed)</span>}
      </h2>
      {rows.length === 0 && <p className="empty">No source in the data reports a score for this model.</p>}
      {categories.map((c) => (
        <section key={c}>
          <h3>{categoryTerm.label(c)}</h3>
          <ResultsList
            rows={byCategory.get(c)!}
            hide={['model', 'category']}
            caption={`${model.name}: ${categoryTerm.label(c)} scores`}
          />
        </section>
      ))}
      <section aria-labelledby="measured-runs">
        <h2 id="measured-runs">
          {runs.length} measured {runs.length === 1 ? 'run' : 'runs'}
        </h2>
        <p className="muted">
          Evaluations someone ran themselves, shown beside the reported scores and never counted as reported. Each run compares its numbers with the
          papers&apos; on its own page.
        </p>
        {runs.length > 0 && <RunsTable runs={runs} caption={`${model.name}: measured runs`} />}
      </section>
    </>
  );
}
