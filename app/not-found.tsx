import Link from '@/app/ui/link';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>Nothing in Benchboard has that address. The model, benchmark, source or result may be spelt differently.</p>
      <p>
        Try the <Link href="/#leaderboard">leaderboard</Link>, the <Link href="/sources">list of sources</Link>, or search:
      </p>
      <form action="/search" method="get" className="toolbar">
        <input type="search" name="q" aria-label="Search models, benchmarks and sources" placeholder="Search…" maxLength={100} />
        <button type="submit">Search</button>
      </form>
    </>
  );
}
