import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderboardPageFromDataset } from '@/app/leaderboard/page-from-dataset';
import { packLeaderboardPayload, unpackLeaderboardPayload } from '@/lib/leaderboard/payload';
import type { DatabaseHandle } from '@/db/client';
import { onCommonScale } from '@/lib/units';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { emptyView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { openSeededLeaderboard } from './test-database';

let handle: DatabaseHandle;
let data: LeaderboardData;

beforeAll(async () => {
  ({ handle, data } = await openSeededLeaderboard());
});
afterAll(() => handle?.close());

const view = (patch: Partial<LeaderboardView>): LeaderboardView => ({ ...emptyView, ...patch });
const ids = (v: LeaderboardView) => leaderboardPageFromDataset(data, v).table.rows.map((r) => r.model.id);

describe('the server-paged leaderboard (datasets too large to send whole)', () => {
  it('pages through exactly the rows of one long page, in the same order', () => {
    const sort = [{ id: 'gsm8k', desc: true }];
    const whole = leaderboardPageFromDataset(data, view({ sort, rows: 200 }));
    expect(whole.rowCount).toBeGreaterThan(100);
    expect(whole.table.rows).toHaveLength(Math.min(200, whole.rowCount));
    const pages = Math.ceil(whole.rowCount / 20);
    const paged = Array.from({ length: pages }, (_, i) => ids(view({ sort, rows: 20, page: i + 1 }))).flat();
    expect(paged).toEqual(whole.table.rows.map((r) => r.model.id).slice(0, paged.length));
    expect(new Set(paged).size).toBe(whole.rowCount);
  });

  it('sorts by the shown value on a common scale, best first, models without a value last', () => {
    const rows = leaderboardPageFromDataset(data, view({ benchmarks: ['gsm8k', 'math'], sort: [{ id: 'gsm8k', desc: true }], rows: 200 })).table.rows;
    const values = rows.map((r) => {
      const cell = r.cells.gsm8k;
      return cell ? onCommonScale(cell.value.value, cell.value.unit) : null;
    });
    const firstMissing = values.indexOf(null);
    expect(firstMissing).toBeGreaterThan(10);
    expect(values.slice(firstMissing).every((v) => v === null)).toBe(true);
    const present = values.slice(0, firstMissing) as number[];
    expect(present.every((v, i) => i === 0 || present[i - 1]! >= v)).toBe(true);
  });

  it('shows the last page for a page past the end, and counts rows across pages', () => {
    const w = leaderboardPageFromDataset(data, view({ families: ['MiMo'], page: 999 }));
    expect(w.rowCount).toBeGreaterThan(0);
    expect(w.page).toBe(Math.ceil(w.rowCount / 20));
    expect(w.table.rows.length).toBe(w.rowCount - (w.page - 1) * 20);
    expect(w.table.rows.every((r) => r.model.family === 'MiMo')).toBe(true);
  });

  it('ignores a sort on a column the view does not show, as the browser does', () => {
    expect(ids(view({ benchmarks: ['gsm8k'], sort: [{ id: 'aime-2024', desc: true }] }))).toEqual(ids(view({ benchmarks: ['gsm8k'] })));
  });

  it('sends only the page, with the filter choices of the whole dataset', () => {
    const w = leaderboardPageFromDataset(data, view({ q: 'qwen' }));
    expect(w.table.rows.length).toBeLessThanOrEqual(20);
    expect(w.table.rows.every((r) => /qwen/i.test([r.model.id, r.model.name, r.model.family, ...r.model.aliases].join(' ')))).toBe(true);
    expect(w.choices.families).toContain('MiMo');
    expect(w.choices.sources).toHaveLength(data.sources.length);
  });

  it('packs the page payload losslessly, with or without the address of the whole dataset', () => {
    const v = view({ families: ['Qwen'], sort: [{ id: 'mmlu', desc: true }] });
    for (const fullData of ['/api/leaderboard?version=1', null]) {
      const payload = { ...leaderboardPageFromDataset(data, v), fullData };
      expect(unpackLeaderboardPayload(packLeaderboardPayload(payload))).toEqual(payload);
    }
    const second = { ...leaderboardPageFromDataset(data, { ...v, page: 2 }), fullData: null };
    expect(unpackLeaderboardPayload(packLeaderboardPayload(second)).page).toBe(2);
  });

  it('packs every kind of shown value losslessly: flags, units, settings, greyed-out and multi-valued cells', () => {
    const v = view({ benchmarks: data.benchmarks.map((b) => b.id), comparable: true, rows: 200 });
    const whole = leaderboardPageFromDataset(data, v);
    const cells = whole.table.rows.flatMap((r) => Object.values(r.cells));
    expect(cells.some((c) => c.value.flags.length > 1)).toBe(true);
    expect(cells.some((c) => !c.comparable)).toBe(true);
    expect(cells.some((c) => c.count > 1)).toBe(true);
    expect(new Set(cells.map((c) => c.value.unit)).size).toBeGreaterThan(1);
    expect(unpackLeaderboardPayload(packLeaderboardPayload({ ...whole, fullData: null }))).toEqual({ ...whole, fullData: null });
  });
});
