import { describe, expect, it } from 'vitest';
import { buildLeaderboard } from '@/lib/leaderboard/build-rows';
import { compareRunValues, shownRunValues } from '@/lib/leaderboard/run-cells';
import type { LeaderboardData, LeaderboardRunValue } from '@/lib/leaderboard/types';
import { emptyView, serializeLeaderboardView, type KnownValues } from '@/lib/leaderboard/view-params';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params-read';

const run = (patch: Partial<LeaderboardRunValue>): LeaderboardRunValue => ({
  runId: 'run-aaaaaaaaaaaa',
  position: 0,
  modelId: 'm1',
  benchmarkId: 'a',
  runName: 'R',
  importedAt: '2026-01-01T00:00:00.000Z',
  value: 50,
  valueRaw: '0.5',
  metric: 'EM',
  shots: 4,
  ...patch,
});

describe('which run value a cell shows', () => {
  it('is the newest import, then the lower run id, then the first value of that run', () => {
    const old = run({ runId: 'run-000000000001', importedAt: '2026-01-01T00:00:00.000Z' });
    const newer = run({ runId: 'run-ffffffffffff', importedAt: '2026-02-01T00:00:00.000Z' });
    const sameTime = run({ runId: 'run-000000000002', importedAt: '2026-02-01T00:00:00.000Z' });
    const second = run({ runId: 'run-000000000002', importedAt: '2026-02-01T00:00:00.000Z', position: 1, value: 60 });
    expect(compareRunValues(newer, old)).toBeLessThan(0);
    expect(compareRunValues(sameTime, newer)).toBeLessThan(0);
    expect(compareRunValues(sameTime, second)).toBeLessThan(0);
    const shown = shownRunValues([old, second, newer, sameTime, run({ modelId: 'm2', value: 7 })]);
    expect(shown.get('m1')?.get('a')).toBe(sameTime);
    expect(shown.get('m2')?.get('a')?.value).toBe(7);
  });
});

const data: LeaderboardData = {
  models: [
    { id: 'm1', name: 'M1', family: 'F', organization: 'O', stage: 'rl', modality: 'text', paramsB: 7, aliases: [] },
    { id: 'm2', name: 'M2', family: 'F', organization: 'O', stage: 'rl', modality: 'text', paramsB: 7, aliases: [] },
    { id: 'm3', name: 'M3', family: 'F', organization: 'O', stage: 'rl', modality: 'text', paramsB: 7, aliases: [] },
  ],
  benchmarks: [
    { id: 'a', name: 'A', category: 'math', scale: 'percent', higherIsBetter: true, aliases: [] },
    { id: 'b', name: 'B', category: 'math', scale: 'percent', higherIsBetter: true, aliases: [] },
  ],
  sources: [{ id: 's', shortTitle: 'S', organization: 'O', year: 2025, bibtex: '' }],
  values: [
    { id: 'v1', modelId: 'm1', benchmarkId: 'a', sourceId: 's', valueAsPrinted: '40.0', value: 40, unit: 'percent', metric: 'EM', setting: '', flags: [], order: 0 },
    { id: 'v2', modelId: 'm1', benchmarkId: 'b', sourceId: 's', valueAsPrinted: '30.0', value: 30, unit: 'percent', metric: 'EM', setting: '', flags: [], order: 1 },
    { id: 'v3', modelId: 'm2', benchmarkId: 'a', sourceId: 's', valueAsPrinted: '20.0', value: 20, unit: 'percent', metric: 'EM', setting: '', flags: [], order: 2 },
  ],
  // m2 has a run where nothing is reported (b); m3 has only a run and no report at all.
  runValues: [run({ modelId: 'm1', benchmarkId: 'a', value: 99 }), run({ modelId: 'm2', benchmarkId: 'b', value: 95 }), run({ modelId: 'm3', benchmarkId: 'a', value: 90 })],
};

describe('a leaderboard view with runs', () => {
  const base = buildLeaderboard(data, emptyView);
  const withRuns = buildLeaderboard(data, { ...emptyView, runs: true });

  it('without runs=1 carries no run at all', () => {
    expect(base.rows.some((r) => 'runs' in r)).toBe(false);
  });

  it('shows run values beside reports and alone in empty cells, without changing rows, cells or averages', () => {
    expect(withRuns.rows.map((r) => r.model.id)).toEqual(base.rows.map((r) => r.model.id));
    expect(withRuns.rows.map((r) => [r.cells, r.average])).toEqual(base.rows.map((r) => [r.cells, r.average]));
    expect(withRuns.columns).toEqual(base.columns);
    const [m1, m2] = withRuns.rows;
    expect(m1!.runs?.a?.value).toBe(99);
    expect(m2!.cells.b).toBeUndefined();
    expect(m2!.runs?.b?.value).toBe(95);
    // a run alone never makes a row: m3 has no report
    expect(withRuns.rows.find((r) => r.model.id === 'm3')).toBeUndefined();
    // the average of m2 is over its reported value only, not the run value
    expect(m2!.average.partial).toBe(20);
  });
});

describe('the runs flag in the URL', () => {
  const known: KnownValues = { benchmarks: new Set(), categories: new Set(), families: new Set(), stages: new Set(), modalities: new Set(), sources: new Set() };
  it('parses runs=1 and true, writes runs=1, leaves runs=0 out, and reports anything else', () => {
    expect(parseLeaderboardView(new URLSearchParams('runs=1'), known).view.runs).toBe(true);
    expect(parseLeaderboardView(new URLSearchParams('runs=true'), known).view.runs).toBe(true);
    const off = parseLeaderboardView(new URLSearchParams('runs=0'), known);
    expect([off.view.runs, off.notices]).toEqual([false, []]);
    expect(serializeLeaderboardView({ ...emptyView, runs: true })).toBe('runs=1');
    expect(serializeLeaderboardView(off.view)).toBe('');
    const bad = parseLeaderboardView(new URLSearchParams('runs=yes'), known);
    expect([bad.view.runs, bad.notices]).toEqual([false, ['Ignored runs="yes" (use 1, or leave it out).']]);
  });
});
