import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { categories, modalities, stages } from '../../lib/vocabulary';
import type { ResultFilters } from '../../lib/result-filters';
import type { ResultView } from '../../lib/result-view';
import { getDb, type Database } from '../client';
import { textMatches } from './contains';
import { benchmarks, models, results, sources, sourceTables } from '../schema';

export function filterConditions(filters: ResultFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.source) conditions.push(inArray(results.sourceId, filters.source));
  if (filters.model) conditions.push(inArray(results.modelId, filters.model));
  if (filters.benchmark) conditions.push(inArray(results.benchmarkId, filters.benchmark));
  if (filters.family) conditions.push(inArray(models.family, filters.family));
  if (filters.category) conditions.push(inArray(benchmarks.category, filters.category.filter(categories.has)));
  if (filters.stage) conditions.push(inArray(models.stage, filters.stage.filter(stages.has)));
  if (filters.modality) conditions.push(inArray(models.modality, filters.modality.filter(modalities.has)));
  if (filters.q) {
    conditions.push(
      textMatches(filters.q, [models.name, benchmarks.name, results.modelAsPrinted, results.benchmarkAsPrinted], [models.aliases, benchmarks.aliases]),
    );
  }
  return conditions;
}

const resultViewColumns = {
  id: results.id,
  sourceId: results.sourceId,
  sourceTitle: sources.title,
  sourceShortTitle: sources.shortTitle,
  sourceArxiv: sources.arxivId,
  sourceYear: sources.year,
  sourceAuthors: sources.authors,
  table: results.tableLabel,
  page: results.page,
  section: results.section,
  modelId: results.modelId,
  modelName: models.name,
  modelAsPrinted: results.modelAsPrinted,
  modelFamily: models.family,
  modelStage: models.stage,
  modelModality: models.modality,
  modelParamsB: models.paramsB,
  benchmarkId: results.benchmarkId,
  benchmarkName: benchmarks.name,
  benchmarkAsPrinted: results.benchmarkAsPrinted,
  benchmarkCategory: benchmarks.category,
  benchmarkHigherIsBetter: benchmarks.higherIsBetter,
  benchmarkItems: benchmarks.items,
  benchmarkItemsSplit: benchmarks.itemsSplit,
  metric: results.metric,
  setting: results.setting,
  value: results.value,
  valueAsPrinted: results.valueAsPrinted,
  unit: results.unit,
  flags: results.flags,
  note: results.note,
};

export function selectResultViews<E extends Record<string, AnyPgColumn>>(db: Database, extra: E = {} as E) {
  return db
    .select({ ...resultViewColumns, ...extra })
    .from(results)
    .innerJoin(sources, eq(results.sourceId, sources.id))
    .innerJoin(sourceTables, and(eq(results.sourceId, sourceTables.sourceId), eq(results.tableLabel, sourceTables.label)))
    .innerJoin(models, eq(results.modelId, models.id))
    .innerJoin(benchmarks, eq(results.benchmarkId, benchmarks.id));
}

export const printedOrder = [asc(results.sourceId), asc(sourceTables.position), asc(results.position)];

/** Every result matching the filters, in printed order (source, table, row). Large exports stream instead (results-stream.ts). */
export async function listResults({
  filters = {},
  db = getDb(),
}: { filters?: ResultFilters; db?: Database } = {}): Promise<ResultView[]> {
  return selectResultViews(db).where(and(...filterConditions(filters))).orderBy(...printedOrder, asc(results.id));
}

/** What ranking a benchmark's results and counting their models and sources needs, and no more. */
const resultRankColumns = {
  id: results.id,
  modelId: results.modelId,
  modelName: models.name,
  sourceId: results.sourceId,
  sourceShortTitle: sources.shortTitle,
  value: results.value,
  valueAsPrinted: results.valueAsPrinted,
  unit: results.unit,
  setting: results.setting,
  flags: results.flags,
  benchmarkItems: benchmarks.items,
};
export type ResultRank = Pick<ResultView, keyof typeof resultRankColumns>;

/** A result's ranking fields alone, as listResultRanks reads them, from a wider view. */
export function rankFieldsOf(r: ResultRank): ResultRank {
  return Object.fromEntries(Object.keys(resultRankColumns).map((k) => [k, r[k as keyof ResultRank]])) as ResultRank;
}

/**
 * A benchmark's results in printed order, reduced to the fields that rank and count them. A page that
 * shows one page of a large list reads this, then whole views of only the rows it shows (getResultViews):
 * at 1,667 values, reading every whole view cost about 150 ms, nearly all of it decoding wide rows.
 */
export async function listResultRanks({ benchmark, db = getDb() }: { benchmark: string; db?: Database }): Promise<ResultRank[]> {
  return db
    .select(resultRankColumns)
    .from(results)
    .innerJoin(models, eq(results.modelId, models.id))
    .innerJoin(sources, eq(results.sourceId, sources.id))
    .innerJoin(benchmarks, eq(results.benchmarkId, benchmarks.id))
    .innerJoin(sourceTables, and(eq(results.sourceId, sourceTables.sourceId), eq(results.tableLabel, sourceTables.label)))
    .where(eq(results.benchmarkId, benchmark))
    .orderBy(...printedOrder);
}

/** Whole views of the given results, in the order of `ids` (ids not found are left out). */
export async function getResultViews({ ids, db = getDb() }: { ids: readonly string[]; db?: Database }): Promise<ResultView[]> {
  if (ids.length === 0) return [];
  const found = new Map((await selectResultViews(db).where(inArray(results.id, [...ids]))).map((r) => [r.id, r]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** One result, and every other value reported for the same model and benchmark. */
export async function getResultWithSiblings({ id, db = getDb() }: { id: string; db?: Database }) {
  const [result] = await selectResultViews(db).where(eq(results.id, id));
  if (!result) return undefined;
  const [siblings, [source]] = await Promise.all([
    selectResultViews(db)
      .where(and(eq(results.modelId, result.modelId), eq(results.benchmarkId, result.benchmarkId)))
      .orderBy(...printedOrder),
    db.select({ bibtex: sources.bibtex }).from(sources).where(eq(sources.id, result.sourceId)),
  ]);
  return { result, others: siblings.filter((s) => s.id !== id), bibtex: source?.bibtex ?? '' };
}
