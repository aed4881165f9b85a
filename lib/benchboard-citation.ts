import { servedBibtex } from './bibtex';

/** One state of Benchboard's data, as a citation names it. */
export interface DataSnapshot {
  /** The first ten hex digits of a digest of every reported value: equal data, equal id. */
  id: string;
  /** The local write counter (moves with every seed or import that changes something). */
  dataVersion: number;
  results: number;
  sources: number;
  models: number;
  benchmarks: number;
  newestSourceYear: number | null;
}

export interface SnapshotCitationInput {
  snapshot: DataSnapshot;
  /** Where the reader found it, e.g. "https://benchboard.example/cite". */
  url: string;
  /** The day of access, YYYY-MM-DD. */
  accessed: string;
}

export function snapshotLabel(s: DataSnapshot): string {
  return `data snapshot ${s.id}`;
}

/** "Benchboard contributors (2026). Benchboard: ... Data snapshot 3f2a..., 3,135 reported values from 15 sources. URL (accessed ...)." */
export function snapshotCitationSentence({ snapshot: s, url, accessed }: SnapshotCitationInput): string {
  const year = accessed.slice(0, 4);
  return `Benchboard contributors (${year}). Benchboard: benchmark scores reported for open reasoning models, ${snapshotLabel(s)} (${s.results.toLocaleString('en-US')} reported values from ${s.sources} sources). ${url} (accessed ${accessed}).`;
}

export function snapshotBibtex({ snapshot: s, url, accessed }: SnapshotCitationInput): string {
  const year = accessed.slice(0, 4);
  const entry = [
    `@misc{benchboard_${s.id},`,
    `  title = {Benchboard: benchmark scores reported for open reasoning models, ${snapshotLabel(s)}},`,
    '  author = {{Benchboard contributors}},',
    `  year = {${year}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {${s.results} reported values from ${s.sources} sources, ${s.models} models, ${s.benchmarks} benchmarks; accessed ${accessed}},`,
    `  urldate = {${accessed}}`,
    '}',
  ].join('\n');
  return servedBibtex(entry, { names: ['Benchboard'] });
}
