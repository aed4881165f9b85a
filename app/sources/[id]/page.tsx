import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSource } from '@/db/queries/catalog';
import { listResults } from '@/db/queries/results';
import { countSeries, listFigureGroups } from '@/db/queries/curves';
import { CurvesSection } from '../../curves/curves-section';
import { tableAnchor } from '@/lib/anchors';
import { isSlug } from '@/lib/slug';
import { parseCurvesView } from '@/lib/search-params/curves';
import { RebuiltSourceTable } from './rebuilt-table';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const source = isSlug(id) ? await getSource({ id }) : undefined;
  return { title: source?.shortTitle ?? 'Source not found' };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!isSlug(id)) notFound();
  const source = await getSource({ id });
  if (!source) notFound();
  const [results, curves] = await Promise.all([listResults({ filters: { source: [id] } }), countSeries({ sourceId: id })]);
  const groups = curves > 0 ? await listFigureGroups({ sourceId: id }) : [];
  // A bad or unknown group falls back to the first one; the curves are one section among the tables.
  const askedGroup = parseCurvesView(await searchParams).group;
  const group = groups.find((g) => g.id === askedGroup) ?? groups[0];
  const byTable = new Map<string, typeof results>();
  for (const r of results) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r]);
  return (
    <>
      <p className="crumbs">
        <Link href="/sources">Sources</Link> /
      </p>
      <h1>{source.title}</h1>
      <p className="lede">
        {source.authors} · {source.organization} · {source.year}
        {source.revision && <> · {source.revision}</>}
      </p>
      <ul className="links">
        {source.arxivId && (
          <li>
            <a href={`https://arxiv.org/abs/${source.arxivId}`}>arXiv:{source.arxivId}</a>
          </li>
        )}
        {source.url && !source.arxivId && (
          <li>
            <a href={source.url}>Original document</a>
          </li>
        )}
        {source.codeUrl && (
          <li>
            <a href={source.codeUrl}>Code repository</a>
          </li>
        )}
        <li>
          <a href={`/api/results?format=csv&source=${source.id}`}>This source&apos;s numbers as CSV</a>
        </li>
      </ul>
      {source.note && <p className="source-note">{source.note}</p>}
      <details className="bibtex">
        <summary>BibTeX</summary>
        <pre>{source.bibtex}</pre>
      </details>
      <nav aria-label="Tables of this source" className="toc">
        <strong>{results.length} numbers in {byTable.size} tables and figures:</strong>{' '}
        {source.tables.map((t) => (
          <span key={t.label} className="toc-item">
            {byTable.has(t.label) ? (
              <a href={`#${tableAnchor(t.label)}`}>{t.label}</a>
            ) : (
              <span>{t.label}</span>
            )}
          </span>
        ))}
      </nav>
      {source.tables.map((t) => {
        const rows = byTable.get(t.label);
        if (rows) return <RebuiltSourceTable key={t.label} label={t.label} caption={t.caption} page={t.page} layout={t.layout} results={rows} />;
        return (
          <section key={t.label} className="rebuilt">
            <h2>{t.label}</h2>
            <p className="muted">{t.caption}</p>
            {curves > 0 && t.layout === 'chart' && group ? (
              <>
                <p>Published as data rather than as printed numbers: {curves} training curves in {groups.length} figure groups.</p>
                <CurvesSection sourceId={id} group={group} groups={groups} basePath={`/sources/${id}`} />
              </>
            ) : (
              <p>No numbers from this table are in the data.</p>
            )}
          </section>
        );
      })}
    </>
  );
}
