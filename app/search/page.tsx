import Link from '@/app/ui/link';
import type { Metadata } from 'next';
import { searchCatalog } from '@/db/queries/catalog';
import { categoryLabel, stageLabel } from '@/lib/categories';
import { withoutControlCharacters } from '@/lib/result-filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = withoutControlCharacters((Array.isArray(raw) ? raw[0] : raw) ?? '').trim().slice(0, 100);
  const hits = q ? await searchCatalog({ q }) : { models: [], benchmarks: [], sources: [] };
  const total = hits.models.length + hits.benchmarks.length + hits.sources.length;
  return (
    <>
      <h1>Search</h1>
      <form action="/search" method="get" className="toolbar" role="search" aria-label="Search this site">
        <input type="search" name="q" defaultValue={q} aria-label="Search models, benchmarks and sources" maxLength={100} />
        <button type="submit">Search</button>
      </form>
      {q && <p className="count">{total} matches for “{q}”</p>}
      {hits.models.length > 0 && (
        <section>
          <h2>Models</h2>
          <ul>
            {hits.models.map((m) => (
              <li key={m.id}>
                <Link href={`/models/${m.id}`}>{m.name}</Link> <span className="muted">{m.family}, {stageLabel(m.stage)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hits.benchmarks.length > 0 && (
        <section>
          <h2>Benchmarks</h2>
          <ul>
            {hits.benchmarks.map((b) => (
              <li key={b.id}>
                <Link href={`/benchmarks/${b.id}`}>{b.name}</Link> <span className="muted">{categoryLabel(b.category)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hits.sources.length > 0 && (
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
      {q && total === 0 && <p className="empty">Nothing matches. Names are matched as printed by the sources, e.g. “Qwen2.5 7B”.</p>}
    </>
  );
}
