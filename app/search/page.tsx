import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { searchSite } from '@/db/queries/site-search';
import { categories, stages } from '@/lib/vocabulary';
import { parseSearchView } from '@/lib/search-params/search';
import { withRepeats } from '@/lib/repeated-values';
import { ResultsList } from '../ui/results-list/data-table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const { q, notices } = parseSearchView(await searchParams);
  const hits = q ? await searchSite({ q }) : null;
  const total = hits ? hits.models.length + hits.benchmarks.length + hits.sources.length + hits.results.length + hits.moreResults : 0;
  return (
    <>
      <h1>Search</h1>
      <form action="/search" method="get" className="toolbar" role="search" aria-label="Search this site">
        <input type="search" name="q" defaultValue={q} aria-label="Search models, benchmarks and sources" maxLength={100} />
        <button type="submit">Search</button>
      </form>
      {notices.length > 0 && (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {q && <p className="count">{total} matches for “{q}”</p>}
      {hits && hits.results.length > 0 && (
        <section>
          <h2>Reported values</h2>
          <p className="muted">
            Values whose model and benchmark together match every word
            {hits.moreResults > 0 && `; the first ${hits.results.length} of ${hits.results.length + hits.moreResults} are shown, add words to narrow them`}.
          </p>
          <ResultsList rows={withRepeats(hits.results)} hide={['category']} caption={`Reported values matching “${q}”`} />
        </section>
      )}
      {hits && hits.models.length > 0 && (
        <section>
          <h2>Models</h2>
          <ul>
            {hits.models.map((m) => (
              <li key={m.id}>
                <Link href={`/models/${m.id}`}>{m.name}</Link> <span className="muted">{m.family}, {stages.label(m.stage)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hits && hits.benchmarks.length > 0 && (
        <section>
          <h2>Benchmarks</h2>
          <ul>
            {hits.benchmarks.map((b) => (
              <li key={b.id}>
                <Link href={`/benchmarks/${b.id}`}>{b.name}</Link> <span className="muted">{categories.label(b.category)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hits && hits.sources.length > 0 && (
        <section>
          <h2>Sources</h2>
          <ul>
            {hits.sources.map((s) => (
              <li key={s.id}>
                <Link href={`/sources/${s.id}`}>{s.title}</Link> <span className="muted">{s.year}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {q && total === 0 && <p className="empty">Nothing matches. Every word must occur in a name (case, spaces and dashes do not matter), e.g. “qwen 7b” or “MiMo-7B-RL AIME 2024”.</p>}
    </>
  );
}
