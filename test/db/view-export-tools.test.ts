import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { getLeaderboardData } from '@/db/queries/leaderboard';
import { exportAllResults } from '@/db/queries/results-export';
import { exportColumns } from '@/lib/export-columns';
import { buildLeaderboard } from '@/lib/leaderboard/build-rows';
import { buildExportTable } from '@/lib/leaderboard/export-table';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { infoColumns } from '@/lib/leaderboard/view-params';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params-read';
import { toCsv, toLatex, type ExportTable } from '@/lib/view-export';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { compileDocument, overfullBoxes } from '../support/tex-tools';
import { openTestDatabase } from './test-database';

// The exports of real views, read by the real clients: pdflatex + bibtex for LaTeX, Python's csv
// module and pandas (Debian's, under /usr/bin/python3) for CSV.
let handle: DatabaseHandle;
const views: Record<string, ExportTable> = {};

function exportOf(data: Awaited<ReturnType<typeof getLeaderboardData>>, query: string): ExportTable {
  const { view } = parseLeaderboardView(new URLSearchParams(query), knownValuesOf(data));
  const built = buildLeaderboard(data, view);
  const columnIds = ['model', ...infoColumns, ...built.columns.map((c) => c.benchmark.id)].filter((id) => !view.hide.includes(id));
  return buildExportTable({ columnIds, rows: built.rows, built, sources: data.sources, url: `http://localhost:3000/?${query}` });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
  const data = await getLeaderboardData({ db: handle.db });
  for (const q of ['category=math&size=6-8', '', 'category=multimodal-general', 'family=Llama', 'benchmarks=aime-2024,aime-2025,math-500&size=6-8']) {
    views[q] = exportOf(data, q);
  }
}, 300_000);
afterAll(() => handle?.close());

function python(script: string, input: string) {
  const out = spawnSync('/usr/bin/python3', ['-c', script], { input, encoding: 'utf8', timeout: 60_000 });
  if (out.error) throw out.error;
  expect(out.stderr).toBe('');
  expect(out.status).toBe(0);
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

describe('LaTeX export of a leaderboard view', () => {
  it('has many columns for the math view at 6-8B (the case that overflowed by 539 pt)', () => {
    expect(views['category=math&size=6-8']!.columns.length).toBeGreaterThan(8);
  });

  for (const q of ['category=math&size=6-8', '', 'category=multimodal-general', 'family=Llama', 'benchmarks=aime-2024,aime-2025,math-500&size=6-8']) {
    it(`compiles with pdflatex + bibtex and fits the page: /?${q}`, () => {
      const tex = toLatex(views[q]!).replace('\\end{table}', '\\typeout{BENCHBOARD natural=\\the\\wd\\benchboardbox\\space line=\\the\\linewidth}\n\\end{table}');
      const out = compileDocument(tex);
      expect(out.errors, out.errors.join('\n')).toEqual([]);
      expect(out.undefinedCitations).toEqual([]);
      expect(out.pdf).toBe(true);
      expect(overfullBoxes(out.log)).toEqual([]);
      expect(out.log).not.toMatch(/LaTeX Warning: (?:Citation|Reference)/);
      const m = /BENCHBOARD natural=([\d.]+)pt line=([\d.]+)pt/.exec(out.log)!;
      expect(Number(m[2])).toBeCloseTo(345, 0);
      // every cited source made it into the bibliography
      const keys = new Set([...tex.matchAll(/\\cite\{([^}]+)\}/g)].map((x) => x[1]));
      for (const k of keys) expect(out.bbl).toContain(`\\bibitem{${k}}`);
      console.log(`/?${q}: table ${m[1]} pt wide at its natural size, text width ${m[2]} pt`);
    });
  }

  it("names each score column's metric and setting, and explains the marks used", () => {
    const t = views['category=math&size=6-8']!;
    const tex = toLatex(t);
    for (const c of t.columns.filter((x) => x.kind === 'score' && x.setting)) expect(tex).toContain(`: ${[c.metric, c.setting].filter(Boolean).join(', ')}`.replace(/%/g, '\\%'));
    if (/\\textsuperscript\{\*\}~\\cite/.test(tex)) expect(tex).toContain('\\textsuperscript{*}~measured by the reporting team');
  });
});

const readCsv = `
import csv, io, json, sys
import pandas as pd
text = sys.stdin.read()
rows = list(csv.reader(io.StringIO(text)))
df = pd.read_csv(io.StringIO(text))
print(json.dumps({
  "header": rows[0],
  "widths": sorted(set(len(r) for r in rows)),
  "records": len(rows) - 1,
  "shape": list(df.shape),
  "dtypes": {c: str(t) for c, t in df.dtypes.items()},
}))
`;

describe('CSV exports read by csv and pandas', () => {
  it('a view: numeric columns hold numbers; marks, sources and average counts have their own columns', () => {
    const t = views['category=math&size=6-8']!;
    const out = python(readCsv, toCsv(t));
    const dtypes = out.dtypes as Record<string, string>;
    expect(out.widths).toHaveLength(1);
    expect(out.shape).toEqual([t.rows.length, (out.header as string[]).length]);
    expect(dtypes['Size (billion parameters)']).toBe('float64');
    for (const c of ['Average', 'Average over reported columns']) expect(dtypes[c]).toBe('float64');
    for (const c of ['Average columns reported', 'Average columns in view']) expect(dtypes[c]).toBe('int64');
    for (const c of t.columns.filter((x) => x.kind === 'score')) {
      expect(['float64', 'int64'], `${c.header}: ${dtypes[c.header]}`).toContain(dtypes[c.header]);
      expect(dtypes[`${c.header} source`]).toBe('object');
    }
  });

  it('/api/results keeps its contract and its value column is numeric', async () => {
    const csv = await exportAllResults({ format: 'csv', db: handle.db });
    const out = python(readCsv, csv);
    expect((out.header as string[]).slice(0, 17)).toEqual(exportColumns.slice(0, 17));
    expect(exportColumns.slice(0, 17)).toEqual([
      'source_id', 'source_title', 'source_arxiv', 'table', 'page', 'model_id', 'model_name', 'model_as_printed',
      'benchmark_id', 'benchmark_name', 'benchmark_as_printed', 'metric', 'setting', 'value', 'value_as_printed', 'flags', 'note',
    ]);
    expect(out.widths).toHaveLength(1);
    expect((out.dtypes as Record<string, string>).value).toBe('float64');
    expect(out.records).toBeGreaterThan(3000);
  });
});
