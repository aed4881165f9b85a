import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperHeadlines } from '@/app/home/headlines';
import type { DatabaseHandle } from '@/db/client';
import { getHeadlineGrid } from '@/db/queries/headlines';
import { getResultViews } from '@/db/queries/results';
import { openSeededTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openSeededTestDatabase();
});
afterAll(() => handle?.close());

describe(`the home page's headline grids (${testDriver})`, () => {
  it.each(paperHeadlines.map((p) => [p.title, p] as const))('%s: every chosen model and benchmark, each cell one printed result of that paper', async (_title, paper) => {
    const grid = await getHeadlineGrid({ db: handle.db, spec: paper.spec });
    expect(grid.benchmarks.map((b) => b.id)).toEqual(paper.spec.benchmarkIds);
    if (paper.spec.modelIds) expect(grid.models.map((m) => m.id)).toEqual(paper.spec.modelIds);
    expect(grid.models.some((m) => m.id.startsWith(paper.ownPrefix))).toBe(true);
    // the headline is the paper's own comparison: every model has every headline benchmark
    expect(grid.cells).toHaveLength(grid.models.length * grid.benchmarks.length);
    const views = await getResultViews({ db: handle.db, ids: grid.cells.map((c) => c.resultId) });
    expect(views).toHaveLength(grid.cells.length);
    for (const c of grid.cells) {
      const v = views.find((x) => x.id === c.resultId)!;
      expect([v.sourceId, v.modelId, v.benchmarkId, v.valueAsPrinted, v.table]).toEqual([paper.spec.sourceId, c.modelId, c.benchmarkId, c.valueAsPrinted, c.table]);
      expect(paper.spec.tables).toContain(v.table);
    }
  });

  it('keeps values exactly as printed and models in printed order when none are listed', async () => {
    const mimo = await getHeadlineGrid({ db: handle.db, spec: paperHeadlines[0]!.spec });
    expect(mimo.models.map((m) => m.id)).toEqual(['gpt-4o-0513', 'claude-3.5-sonnet-1022', 'openai-o1-mini', 'qwq-32b-preview', 'deepseek-r1-distill-qwen-14b', 'deepseek-r1-distill-qwen-7b', 'mimo-7b-rl']);
    const value = (grid: typeof mimo, model: string, benchmark: string) => grid.cells.find((c) => c.modelId === model && c.benchmarkId === benchmark)?.valueAsPrinted;
    expect(value(mimo, 'mimo-7b-rl', 'aime-2025')).toBe('55.4');
    // headers and row names in the paper's own spellings
    expect(mimo.benchmarks.map((b) => b.printed)).toEqual(['AIME 2024', 'AIME 2025', 'MATH500', 'LiveCodeBench v5', 'LiveCodeBench v6']);
    expect(mimo.models.at(-1)).toMatchObject({ id: 'mimo-7b-rl', printed: 'MiMo-7B-RL' });
    const minicpm = await getHeadlineGrid({ db: handle.db, spec: paperHeadlines[2]!.spec });
    expect(value(minicpm, 'llama-2-7b', 'humaneval')).toBe('12.20');
    const octo = await getHeadlineGrid({ db: handle.db, spec: paperHeadlines[3]!.spec });
    expect(value(octo, 'octothinker-3b-hybrid-base', 'amc23')).toBe('10');
    expect(octo.cells.find((c) => c.modelId === 'llama-3.2-3b')?.table).toBe('plot/plot/analysis_data_quality.ipynb');
  });

  it('prefers the first listed table when a model has the value in several', async () => {
    const grid = await getHeadlineGrid({ db: handle.db, spec: { sourceId: 'mimo-7b', tables: ['Table 5', 'Table 4'], modelIds: ['mimo-7b-rl'], benchmarkIds: ['aime-2024'] } });
    expect(grid.cells.map((c) => c.table)).toEqual(['Table 5']);
    const other = await getHeadlineGrid({ db: handle.db, spec: { sourceId: 'mimo-7b', tables: ['Table 4', 'Table 5'], modelIds: ['mimo-7b-rl'], benchmarkIds: ['aime-2024'] } });
    expect(other.cells.map((c) => c.table)).toEqual(['Table 4']);
  });
});
