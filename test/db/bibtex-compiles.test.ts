import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listSourcesFiltered } from '@/db/queries/catalog-lists';
import { getDataSnapshot } from '@/db/queries/data-snapshot';
import { getResultWithSiblings, listResults } from '@/db/queries/results';
import { snapshotBibtex } from '@/lib/benchboard-citation';
import { bibtexKey } from '@/lib/citation';
import { compileWithBiber, compileWithBibtex, type TexOutcome } from '../support/tex-tools';
import { openSeededTestDatabase } from './test-database';

// Every entry Benchboard serves, as served (the sources list, a result's permalink data) and the
// citation of the data snapshot, goes through the real pdflatex, bibtex and biber.
let handle: DatabaseHandle;
let entries: { key: string; bibtex: string }[];

beforeAll(async () => {
  handle = await openSeededTestDatabase();
  const sources = await listSourcesFiltered({ db: handle.db });
  const all = await listResults({ db: handle.db });
  entries = [];
  for (const s of sources) {
    const one = all.find((r) => r.sourceId === s.id);
    // the permalink's API hands out the entry too; it must be the same text
    if (one) expect((await getResultWithSiblings({ id: one.id, db: handle.db }))?.bibtex).toBe(s.bibtex);
    entries.push({ key: bibtexKey(s.bibtex)!, bibtex: s.bibtex });
  }
  const snapshot = await getDataSnapshot({ db: handle.db });
  const own = snapshotBibtex({ snapshot, url: 'http://localhost:3000/cite', accessed: '2026-12-04' });
  entries.push({ key: bibtexKey(own)!, bibtex: own });
}, 300_000);
afterAll(() => handle?.close());

function expectClean(out: TexOutcome, keys: string[]) {
  expect(out.errors, out.errors.join('\n')).toEqual([]);
  expect(out.undefinedCitations).toEqual([]);
  expect(out.pdf).toBe(true);
  for (const k of keys) expect(out.log + out.bibLog).not.toMatch(new RegExp(`(?:Citation|entry) .${k}. .*undefined`));
}

describe('served BibTeX', () => {
  it('covers every source and the snapshot, each with its own key', () => {
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('protects names and carries arXiv identifiers', () => {
    const text = entries.map((e) => e.bibtex).join('\n');
    for (const name of ['{MiMo}', '{MiniCPM}', '{OctoThinker}', '{LLMs}']) expect(text).toContain(name);
    expect(text).toContain('eval\\_details.md');
    for (const e of entries.filter((x) => /arxiv\.org/.test(x.bibtex))) {
      expect(e.bibtex).toMatch(/eprint\s*=\s*\{\d{4}\.\d{4,5}\}/);
      expect(e.bibtex).toMatch(/archivePrefix\s*=\s*\{arXiv\}/);
      expect(e.bibtex).toMatch(/\burl\s*=\s*\{https:\/\/arxiv\.org\/abs\//);
    }
  });

  for (const style of ['plain', 'plainnat'] as const) {
    it(`compiles with pdflatex + bibtex (${style}), each entry alone and all together`, () => {
      const keys = entries.map((e) => e.key);
      const together = compileWithBibtex(entries.map((e) => e.bibtex).join('\n\n'), keys, style);
      expectClean(together, keys);
      const bbl = together.bibLog;
      expect(bbl).not.toMatch(/Warning--/);
      for (const e of entries) expectClean(compileWithBibtex(e.bibtex, [e.key], style), [e.key]);
    });
  }

  it('compiles with biblatex + biber', () => {
    const keys = entries.map((e) => e.key);
    const out = compileWithBiber(entries.map((e) => e.bibtex).join('\n\n'), keys);
    expectClean(out, keys);
    expect(out.bibLog).not.toMatch(/^WARN - /m);
  });
});
