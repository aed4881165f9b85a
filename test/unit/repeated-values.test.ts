import { describe, expect, it } from 'vitest';
import { groupRepeats, placesText } from '@/lib/repeated-values';

const r = (id: string, table: string, value: string, extra: Partial<{ metric: string; setting: string; flags: string[]; benchmarkId: string; source: string }> = {}) => ({
  id,
  modelId: 'mimo-7b-rl',
  benchmarkId: extra.benchmarkId ?? 'aime-2024',
  metric: extra.metric ?? 'Pass@1',
  setting: extra.setting ?? '',
  valueAsPrinted: value,
  flags: extra.flags ?? [],
  sourceShortTitle: extra.source ?? 'MiMo-7B',
  table,
  page: table === 'Table 4' ? '7' : null,
});

describe('repeated values', () => {
  it('groups the same printed value from several tables of a source (whatever their setting notes), and keeps different values, marks and sources apart', () => {
    const rows = [
      r('a', 'Table 4', '68.2'),
      r('b', 'Table 5', '68.2'),
      r('c', 'Table 6', '68.2'),
      r('d', 'Table 6', '68.20'),
      r('e', 'Table 6', '68.2', { setting: '32K context', metric: '', flags: ['setting_from_text'] }),
      r('f', 'Table 6', '68.2', { flags: ['self_evaluated'] }),
      r('g', 'Table 6', '68.2', { benchmarkId: 'aime-2025' }),
      r('h', 'Table 2', '68.2', { source: 'Other report' }),
    ];
    const groups = groupRepeats(rows);
    expect(groups.map((g) => g.all.map((x) => x.id))).toEqual([['a', 'b', 'c', 'e'], ['d'], ['f'], ['g'], ['h']]);
    expect(groups[0]!.first.id).toBe('a');
  });

  it('names every place, each source once', () => {
    expect(placesText([r('a', 'Table 4', '1'), r('b', 'Table 5', '1'), r('c', 'Table 2', '1', { source: 'MiMo-VL' })])).toBe(
      'MiMo-7B: Table 4, p. 7; Table 5 · MiMo-VL: Table 2',
    );
  });
});
