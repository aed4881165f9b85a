import { and, asc, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { matchedTokens, modelSearchNames, searchTokens } from '../../lib/name-search';
import type { ResultView } from '../../lib/result-view';
import { getDb, type Database } from '../client';
import { benchmarks, models, sources } from '../schema';
import { tokenIn } from './contains';
import { listResults } from './results';

const resultLimit = 100;

/**
 * The site search: models and benchmarks matching every token of the query (lib/name-search), sources
 * likewise, and the results whose model and benchmark between them match every token, so that
 * "MiMo-7B-RL AIME 2024" finds that model's AIME 2024 values.
 */
export async function searchSite({ q, db = getDb() }: { q: string; db?: Database }) {
  const tokens = searchTokens(q);
  if (!tokens.length) return { models: [], benchmarks: [], sources: [], results: [] as ResultView[], moreResults: 0 };
  const any = (columns: AnyPgColumn[], arrays: AnyPgColumn[] = []) => or(...tokens.map((t) => tokenIn(t, columns, arrays)))!;
  const [modelRows, benchmarkRows, sourceHits] = await Promise.all([
    db
      .select({ id: models.id, name: models.name, family: models.family, stage: models.stage, aliases: models.aliases })
      .from(models)
      .where(any([models.id, models.name, models.family], [models.aliases]))
      .orderBy(asc(models.name)),
    db
      .select({ id: benchmarks.id, name: benchmarks.name, category: benchmarks.category, aliases: benchmarks.aliases })
      .from(benchmarks)
      .where(any([benchmarks.id, benchmarks.name], [benchmarks.aliases]))
      .orderBy(asc(benchmarks.name)),
    db
      .select({ id: sources.id, title: sources.title, year: sources.year })
      .from(sources)
      .where(and(...tokens.map((t) => tokenIn(t, [sources.title, sources.shortTitle, sources.id, sources.authors]))))
      .orderBy(asc(sources.title))
      .limit(50),
  ]);
  const all = tokens.length;
  const modelCover = modelRows.map((m) => ({ m, hit: matchedTokens(tokens, modelSearchNames(m)) }));
  const benchmarkCover = benchmarkRows.map((b) => ({ b, hit: matchedTokens(tokens, [b.id, b.name, ...b.aliases]) }));
  // A result qualifies when its model matches some tokens, its benchmark the rest, and neither all of them alone.
  const partialModels = modelCover.filter((x) => x.hit.size < all);
  const partialBenchmarks = benchmarkCover.filter((x) => x.hit.size < all);
  const pairs = new Set<string>();
  for (const { m, hit } of partialModels) {
    for (const { b, hit: other } of partialBenchmarks) {
      if (tokens.every((_, i) => hit.has(i) || other.has(i))) pairs.add(`${m.id}\u001f${b.id}`);
    }
  }
  const pairModels = [...new Set([...pairs].map((p) => p.split('\u001f')[0]!))];
  const pairBenchmarks = [...new Set([...pairs].map((p) => p.split('\u001f')[1]!))];
  const found = pairs.size
    ? (await listResults({ filters: { model: pairModels, benchmark: pairBenchmarks }, db })).filter((r) => pairs.has(`${r.modelId}\u001f${r.benchmarkId}`))
    : [];
  return {
    models: modelCover.filter((x) => x.hit.size === all).slice(0, 50).map(({ m: { id, name, family, stage } }) => ({ id, name, family, stage })),
    benchmarks: benchmarkCover.filter((x) => x.hit.size === all).slice(0, 50).map(({ b: { id, name, category } }) => ({ id, name, category })),
    sources: sourceHits,
    results: found.slice(0, resultLimit),
    moreResults: Math.max(0, found.length - resultLimit),
  };
}
