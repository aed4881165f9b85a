import { describe, expect, it } from 'vitest';
import { packLeaderboardData, packRunValues, unpackLeaderboardData, unpackRunValues } from '@/lib/leaderboard/packed';
import type { LeaderboardData } from '@/lib/leaderboard/types';

const data: LeaderboardData = {
  models: [{ id: 'm', name: 'M', family: 'F', organization: 'O', stage: 'rl', modality: 'text', paramsB: 7, aliases: ['M'] }],
  benchmarks: [
    { id: 'a', name: 'A', category: 'math', scale: 'percent', higherIsBetter: true, aliases: [] },
    { id: 'b', name: 'B', category: 'code', scale: 'percent', higherIsBetter: false, aliases: [] },
  ],
  sources: [{ id: 's', shortTitle: 'S', organization: 'O', year: 2025, bibtex: '@misc{s, title={S}, year={2025}}' }],
  values: [
    { id: 'v1', modelId: 'm', benchmarkId: 'a', sourceId: 's', valueAsPrinted: '40.0', value: 40, unit: 'percent', metric: 'EM', setting: '4-shot', flags: ['self_evaluated', 'bold'], order: 0 },
    { id: 'v2', modelId: 'm', benchmarkId: 'b', sourceId: 's', valueAsPrinted: '0.5', value: 0.5, unit: 'fraction', metric: '', setting: '', flags: [], order: 1 },
  ],
  runValues: [
    { runId: 'run-0123456789ab', position: 1, modelId: 'm', benchmarkId: 'a', runName: 'Tester', importedAt: '2026-01-02T03:04:05.000Z', value: 83.24488248673237, valueRaw: '0.8324488248673237', metric: 'EM', shots: 4 },
    { runId: 'run-0123456789ab', position: 2, modelId: 'm', benchmarkId: 'b', runName: 'Tester', importedAt: '2026-01-02T03:04:05.000Z', value: 12, valueRaw: '12', metric: 'pass@1', shots: null },
  ],
};

describe('packed leaderboard data', () => {
  it('round-trips the reported values exactly, printed values included; run values never ride along', () => {
    const packed = packLeaderboardData(data);
    expect('runs' in packed).toBe(false);
    expect(unpackLeaderboardData(JSON.parse(JSON.stringify(packed)))).toEqual({ ...data, runValues: [] });
  });
  it('packs run values apart, exactly', () => {
    expect(unpackRunValues(JSON.parse(JSON.stringify(packRunValues(data.runValues))))).toEqual(data.runValues);
  });
  it('stores repeated strings once', () => {
    const packed = packLeaderboardData(data);
    expect(packed.strings).toEqual(['percent', 'EM', '4-shot', 'self_evaluated;bold', 'fraction', '']);
    expect(packed.values[0]).toEqual(['v1', 0, 0, 0, '40.0', 40, 0, 1, 2, 3]);
  });
});
