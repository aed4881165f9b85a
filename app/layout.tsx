import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Benchboard
          </Link>
          <nav aria-label="Main">
            <Link href="/">Results</Link>
            <a href="/api/results?format=csv">Export CSV</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer className="site-footer">
          Every number is shown as reported by its source, with the table, page and setting it was printed with.
          Benchboard measures nothing itself.
        </footer>
      </body>
    </html>
  );
}
