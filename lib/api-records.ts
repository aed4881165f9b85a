import type { Discrepancy } from './discrepancies';
import { toExportRecord } from './export-columns';
import { uncertaintyOf } from './result-uncertainty';
import type { ResultView } from './result-view';

/**
 * The API speaks snake_case, as the export contract does. The camelCase names that /api/results/{id}
 * and /api/discrepancies used before 1.1.0 are still sent, marked deprecated, until 2.0.0.
 */
export const deprecatedUntil = '2.0.0';

/** The camelCase fields of a result that the snake_case record renames (same-spelled ones stay as they are). */
export const deprecatedResultFields = [
  'id',
  'sourceId',
  'sourceTitle',
  'sourceShortTitle',
  'sourceArxiv',
  'sourceYear',
  'sourceAuthors',
  'modelId',
  'modelName',
  'modelAsPrinted',
  'modelFamily',
  'modelStage',
  'modelModality',
  'modelParamsB',
  'benchmarkId',
  'benchmarkName',
  'benchmarkAsPrinted',
  'benchmarkCategory',
  'benchmarkHigherIsBetter',
  'benchmarkItems',
  'benchmarkItemsSplit',
  'valueAsPrinted',
] as const satisfies readonly (keyof ResultView)[];

export const deprecatedDiscrepancyFields = ['modelId', 'modelName', 'benchmarkId', 'benchmarkName', 'differsAtSameSetting'] as const;

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]])) as Pick<T, K>;
}

/** One result in full: the export columns, the catalog facts the export leaves out, then the old names. */
export function resultRecord(r: ResultView) {
  const u = uncertaintyOf(r);
  return {
    ...toExportRecord(r),
    // An array here, as it always was in this endpoint; the export joins flags with ";" for CSV.
    flags: r.flags,
    source_short_title: r.sourceShortTitle,
    source_year: r.sourceYear,
    source_authors: r.sourceAuthors,
    model_family: r.modelFamily,
    model_stage: r.modelStage,
    model_modality: r.modelModality,
    model_params_b: r.modelParamsB,
    benchmark_category: r.benchmarkCategory,
    benchmark_higher_is_better: r.benchmarkHigherIsBetter,
    benchmark_items: r.benchmarkItems ?? null,
    benchmark_items_split: r.benchmarkItemsSplit ?? null,
    samples_averaged: u.samples,
    ...pick(r, deprecatedResultFields),
  };
}

/** One ledger pair: snake_case fields, each value as an export record, then the old names. */
export function discrepancyRecord(d: Discrepancy) {
  return {
    model_id: d.modelId,
    model_name: d.modelName,
    benchmark_id: d.benchmarkId,
    benchmark_name: d.benchmarkName,
    kind: d.kind,
    setting: d.setting,
    differs_at_same_setting: d.differsAtSameSetting,
    spread: d.spread,
    reasons: d.reasons,
    results: d.results.map(toExportRecord),
    ...pick(d, deprecatedDiscrepancyFields),
  };
}

export type ResultRecord = ReturnType<typeof resultRecord>;

/** A result as the pages hold it, read from the snake_case names only (what clients of the API should do). */
export function resultViewOf(r: ResultRecord): ResultView {
  return {
    id: String(r.result_id),
    sourceId: String(r.source_id),
    sourceTitle: String(r.source_title),
    sourceShortTitle: r.source_short_title,
    sourceArxiv: r.source_arxiv === null ? null : String(r.source_arxiv),
    sourceYear: r.source_year,
    sourceAuthors: r.source_authors,
    table: String(r.table),
    page: r.page === null ? null : String(r.page),
    section: String(r.section),
    modelId: String(r.model_id),
    modelName: String(r.model_name),
    modelAsPrinted: String(r.model_as_printed),
    modelFamily: r.model_family,
    modelStage: r.model_stage,
    modelModality: r.model_modality,
    modelParamsB: r.model_params_b,
    benchmarkId: String(r.benchmark_id),
    benchmarkName: String(r.benchmark_name),
    benchmarkAsPrinted: String(r.benchmark_as_printed),
    benchmarkCategory: r.benchmark_category,
    benchmarkHigherIsBetter: r.benchmark_higher_is_better,
    benchmarkItems: r.benchmark_items,
    benchmarkItemsSplit: r.benchmark_items_split,
    metric: String(r.metric),
    setting: String(r.setting),
    value: Number(r.value),
    valueAsPrinted: String(r.value_as_printed),
    unit: String(r.unit),
    flags: r.flags,
    note: String(r.note),
  };
}

/** A camelCase name in snake_case ("modelId" -> "model_id"). */
export const snakeName = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** snakeName at the type level. */
type SnakeName<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeName<Rest>}` : S;

/** The type snakeKeys gives: keys snake_case at every depth, dates as ISO strings (as they travel in JSON). */
export type SnakeKeys<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? SnakeKeys<U>[]
    : T extends object
      ? { [K in keyof T as K extends string ? SnakeName<K> : K]: SnakeKeys<T[K]> }
      : T;

/** A record built from camelCase rows, with every key snake_case at every depth (for the runs API, new in 1.1.0). */
export function snakeKeys<T>(value: T): SnakeKeys<T> {
  return snakeKeysOf(value) as SnakeKeys<T>;
}

function snakeKeysOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeysOf);
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snakeName(k), snakeKeysOf(v)]));
}
