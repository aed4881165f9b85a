import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkPageData } from '@/app/benchmarks/[id]/page-data';
import type { DatabaseHandle } from '@/db/client';
import { benchmarkTally } from '@/db/queries/benchmark-ranking';
import { rankedSlice } from '@/db/queries/benchmark-slice';
import { getBenchmark } from '@/db/queries/catalog';
import { benchmarks } from '@/db/schema';
import { listResultRanks, type ResultRank } from '@/db/queries/results';
import { rankTopWithNoise, rankWithNoise } from '@/lib/benchmark-ranks';
import { byRank } from '@/lib/charts/ranking';
import { groupRepeats } from '@/lib/repeated-values';
import { writeSyntheticResults } from '@/seeds/program/write-synthetic';
import { openSeededTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
const synthetic = Array.from({ length: 15 }, (_, j) => `synthetic-bench-${j}`);

beforeAll(async () => {
  handle = await openSeededTestDatabase();
  // 3,000 values per benchmark, 1,000 distinct numbers: ties everywhere; benchmark 3 in fractions, 14 lower-is-better.
  await writeSyntheticResults(handle.db, { results: 45_000, models: 1_000, benchmarks: 15 });
  const run = (q: ReturnType<typeof sql>) => handle.db.execute(q);
  // Intervals: items known for most benchmarks, and some values state their own item count.
  await run(sql`UPDATE benchmarks SET items = 100 + length(id) * 10 WHERE id LIKE 'synthetic-bench-%' AND id <> 'synthetic-bench-5'`);
  // (position / 15 numbers a model and benchmark pair; synthetic-bench-5 keeps no interval at all.)
  await run(sql`UPDATE results SET setting = setting || '; n=40' WHERE origin = 'synthetic' AND (position / 15) % 13 = 0 AND benchmark_id <> 'synthetic-bench-5'`);
  await run(sql`UPDATE results SET flags = '{llm_judged}' WHERE origin = 'synthetic' AND (position / 15) % 11 = 0`);
  // Fractions and percents in one benchmark: 0.554 and 55.4 tie only after onCommonScale's rounding.
  await run(sql`UPDATE results SET unit = 'percent', value = value * 100, value_as_printed = to_char(value * 100, 'FM990.0')
    WHERE benchmark_id = 'synthetic-bench-3' AND (position / 15) % 3 = 0`);
  // Repeats: the same value printed again in a second table, some with other marks (not repeats) or an unmarked flag (repeats).
  await run(sql`INSERT INTO source_tables (source_id, label, kind, page, caption, layout, position)
    SELECT source_id, 'Table 2', kind, '2', caption, layout, 1 FROM source_tables WHERE source_id LIKE 'synthetic-%'`);
  await run(sql`INSERT INTO results (id, source_id, table_label, section, page, model_id, model_as_printed, benchmark_id, benchmark_as_printed,
      metric, setting, value, value_as_printed, unit, flags, note, position, origin)
    SELECT 'again-' || id, source_id, 'Table 2', section, '2', model_id, model_as_printed, benchmark_id, benchmark_as_printed, metric,
      CASE WHEN (position / 15) % 4 = 0 AND benchmark_id <> 'synthetic-bench-5' THEN setting || '; n=500' ELSE setting END, value, value_as_printed, unit,
      CASE (position / 15) % 3 WHEN 0 THEN flags WHEN 1 THEN flags || '{self_evaluated}'::text[] ELSE flags || '{bold}'::text[] END, note, position, origin
    FROM results WHERE origin = 'synthetic' AND (position / 15) % 5 = 0`);
  await run(sql`VACUUM (ANALYZE) results`);
});
afterAll(() => handle?.close());

/** The page's numbers as they were computed before the database did it: every value read and ranked here. */
async function oldWay(benchmark: string, higherIsBetter: boolean) {
  const ranks = await listResultRanks({ benchmark, db: handle.db });
  const sources = new Map<string, { title: string; count: number }>();
  for (const r of ranks) sources.set(r.sourceId, { title: r.sourceShortTitle, count: (sources.get(r.sourceId)?.count ?? 0) + 1 });
  const ranked = rankWithNoise(ranks, higherIsBetter);
  return {
    ranks,
    sorted: [...ranks].sort(byRank(higherIsBetter)),
    ranked,
    counts: {
      values: ranks.length,
      models: new Set(ranks.map((r) => r.modelId)).size,
      distinctValues: groupRepeats(ranks).length,
      sources: [...sources].map(([id, s]) => ({ id, shortTitle: s.title, count: s.count })),
    },
  };
}

const ids = (rows: readonly ResultRank[]) => rows.map((r) => r.id);

describe(`a benchmark page counted and ranked by the database equals the old computation on ${testDriver}`, () => {
  it('on every real benchmark: counts, sources, the top 100 with rank ranges, and every page', async () => {
    const all = (await handle.db.select().from(benchmarks)).filter((b) => !b.id.startsWith('synthetic-'));
    expect(all.length).toBeGreaterThan(100);
    for (const b of all) {
      const old = await oldWay(b.id, b.higherIsBetter);
      const tally = await benchmarkTally({ benchmark: b.id, db: handle.db });
      const { field, ...counts } = tally;
      expect(counts, b.id).toEqual(old.counts);
      const top = await rankedSlice({ benchmark: b.id, higherIsBetter: b.higherIsBetter, start: 0, count: 100, db: handle.db });
      expect(top, b.id).toEqual(old.sorted.slice(0, 100));
      const withItems = field.map((g) => ({ ...g, benchmarkItems: b.items }));
      expect(rankTopWithNoise(top, withItems, b.higherIsBetter), b.id).toEqual(old.ranked.slice(0, 100));
      for (let start = 100; start < old.ranks.length; start += 100) {
        expect(ids(await rankedSlice({ benchmark: b.id, higherIsBetter: b.higherIsBetter, start, count: 100, db: handle.db })), `${b.id} from ${start}`).toEqual(
          ids(old.sorted.slice(start, start + 100)),
        );
      }
    }
  });

  it('on thousands of synthetic values with ties, repeats, marks, mixed units and lower-is-better', async () => {
    for (const id of synthetic) {
      const b = (await getBenchmark({ id, db: handle.db }))!;
      const old = await oldWay(id, b.higherIsBetter);
      expect(old.ranks.length).toBeGreaterThan(3_000);
      const { field, ...counts } = await benchmarkTally({ benchmark: id, db: handle.db });
      expect(counts, id).toEqual(old.counts);
      expect(counts.distinctValues).toBeLessThan(counts.values);
      const top = await rankedSlice({ benchmark: id, higherIsBetter: b.higherIsBetter, start: 0, count: 100, db: handle.db });
      const ranked = rankTopWithNoise(top, field.map((g) => ({ ...g, benchmarkItems: b.items })), b.higherIsBetter);
      expect(ranked, id).toEqual(old.ranked.slice(0, 100));
      for (const start of [100, 1_234, 2_000, old.ranks.length - 37, old.ranks.length + 5]) {
        const slice = await rankedSlice({ benchmark: id, higherIsBetter: b.higherIsBetter, start, count: 100, db: handle.db });
        expect(ids(slice), `${id} from ${start}`).toEqual(ids(old.sorted.slice(start, start + 100)));
      }
    }
  });

  it('reads every value when one lies too close to a slice\'s edge to tell it apart, and still gives the exact slice', async () => {
    // Two values 1e-13 apart around the edge of the window the best value leaves (1e-9 of the value).
    const edge = 99.95 + 1e-9 * 99.95;
    await handle.db.execute(sql`INSERT INTO results (id, source_id, table_label, section, page, model_id, model_as_printed, benchmark_id, benchmark_as_printed,
        metric, setting, value, value_as_printed, unit, flags, note, position, origin)
      SELECT 'edge-' || v.n, source_id, table_label, 'edge', page, model_id, 'edge ' || v.n, benchmark_id, benchmark_as_printed, metric, setting, v.value,
        v.value::text, unit, flags, note, position, origin
      FROM results, (VALUES (1, 99.95::float8), (2, ${edge + 1e-13}::float8)) AS v(n, value) WHERE id = 'synthetic-0'`);
    const old = await oldWay('synthetic-bench-0', true);
    expect(old.sorted.slice(0, 2).map((r) => r.id)).toEqual(['edge-2', 'edge-1']);
    for (const start of [0, 1, 2]) {
      const slice = await rankedSlice({ benchmark: 'synthetic-bench-0', higherIsBetter: true, start, count: 1, db: handle.db });
      expect(ids(slice), `from ${start}`).toEqual(ids(old.sorted.slice(start, start + 1)));
    }
  });

  it('gives the page the same rows, counts and ranks whether the list is paged or not', async () => {
    const b = (await getBenchmark({ id: 'synthetic-bench-3', db: handle.db }))!;
    const old = await oldWay(b.id, b.higherIsBetter);
    const args = { benchmark: b.id, items: b.items, higherIsBetter: b.higherIsBetter, db: handle.db };
    const paged = await benchmarkPageData({ ...args, asked: 7 });
    expect([paged.paged, paged.page]).toEqual([true, 7]);
    expect(ids(paged.listRows)).toEqual(ids(old.sorted.slice(600, 700)));
    expect(paged.chartRows.map((r) => r.valueAsPrinted)).toEqual(old.sorted.slice(0, 50).map((r) => r.valueAsPrinted));
    expect(paged.ranked).toEqual(old.ranked.slice(0, 100));
    expect(paged.itemsKnown).toBe(true);
    process.env.RESULTS_LIST_LIMIT = '100000';
    try {
      const whole = await benchmarkPageData({ ...args, asked: 7 });
      expect([whole.paged, whole.page, whole.listRows.length]).toEqual([false, 1, old.ranks.length]);
      expect(whole.ranked).toEqual(old.ranked.slice(0, 100));
      expect(whole.tally).toEqual(paged.tally);
    } finally {
      delete process.env.RESULTS_LIST_LIMIT;
    }
    const none = await benchmarkPageData({ ...args, benchmark: 'synthetic-bench-5', items: null, asked: 1 });
    expect(none.itemsKnown).toBe(false);
  });
});
