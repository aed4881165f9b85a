import type { Metadata, Viewport } from 'next';
import Link from '@/app/ui/link';
import { headers } from 'next/headers';
import { getDataSnapshot } from '@/db/queries/data-snapshot';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Benchboard', template: '%s · Benchboard' },
  description: 'Benchmark scores as reported by papers on open reasoning models, each with its source, table, page and setting.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so Next can put this request's CSP nonce on its scripts.
  await headers();
  const snapshot = await getDataSnapshot().catch(() => null);
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Benchboard
          </Link>
          <nav aria-label="Main">
            <Link href="/#leaderboard">Leaderboard</Link>
            <Link href="/compare">Compare</Link>
            <Link href="/size">Size vs score</Link>
            <Link href="/curves">RL curves</Link>
            <Link href="/discrepancies">Discrepancies</Link>
            <Link href="/runs">Runs</Link>
            <Link href="/sources">Sources</Link>
            <Link href="/check">Check a draft</Link>
          </nav>
          <form action="/search" method="get" role="search" aria-label="Site search" className="header-search">
            <input type="search" name="q" aria-label="Search models, benchmarks and sources" placeholder="Search models, benchmarks, sources…" maxLength={100} />
          </form>
        </header>
        <main>{children}</main>
        <footer className="site-footer">
          Every number is shown as its source reported it, with the table, page and setting it was printed with;
          Benchboard measures nothing itself. Check a number on its source page before you cite it. Data:{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a file download, not a page */}
          <a href="/api/results?format=csv">all results as CSV</a>.
          {snapshot && (
            <>
              {' '}
              <span data-testid="data-version">Data snapshot {snapshot.id}</span> (<Link href="/cite">cite Benchboard</Link>).
            </>
          )}
        </footer>
      </body>
    </html>
  );
}
