import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getDataSnapshot } from '@/db/queries/data-snapshot';
import { snapshotBibtex, snapshotCitationSentence, snapshotLabel } from '@/lib/benchboard-citation';
import { CopyButton } from '../ui/copy-button';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cite Benchboard' };

/** How to cite Benchboard itself: the data snapshot a reader saw, as a sentence and as BibTeX. */
export default async function CitePage() {
  const snapshot = await getDataSnapshot();
  const host = (await headers()).get('host') ?? 'localhost:3000';
  const input = { snapshot, url: `http://${host}/cite`, accessed: new Date().toISOString().slice(0, 10) };
  const sentence = snapshotCitationSentence(input);
  const bibtex = snapshotBibtex(input);
  return (
    <>
      <h1>Cite Benchboard</h1>
      <p>
        Cite the source of a number first (each score&apos;s panel and permalink give its citation). To cite this collection
        itself, name the data snapshot: <strong data-testid="snapshot-id">{snapshotLabel(snapshot)}</strong>, which covers{' '}
        {snapshot.results.toLocaleString('en-US')} reported values from {snapshot.sources} sources ({snapshot.models} models,{' '}
        {snapshot.benchmarks} benchmarks). The id is a digest of every reported value, so the same data gives the same id
        on any copy of Benchboard; local write counter: {snapshot.dataVersion}.
      </p>
      <p data-testid="snapshot-citation">{sentence}</p>
      <p>
        <CopyButton text={sentence} label="Copy citation" /> <CopyButton text={bibtex} label="Copy BibTeX" />
      </p>
      <pre data-testid="snapshot-bibtex">{bibtex}</pre>
    </>
  );
}
