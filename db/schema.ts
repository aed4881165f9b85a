// One file on purpose: drizzle.config.ts points drizzle-kit here, and tables, relations and inferred types read best side by side.
import { relations } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { categories, flags, modalities, scales, sourceKinds, stages, tableKinds, tableLayouts, units } from '../lib/vocabulary';

// Closed-vocabulary columns take their values from lib/vocabulary: a type-level enum (text in the database).

/** A paper, technical report, model card, blog post or README that prints numbers. */
export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  shortTitle: text('short_title').notNull(),
  authors: text('authors').notNull(),
  organization: text('organization').notNull(),
  year: integer('year').notNull(),
  kind: text('kind', { enum: sourceKinds.values }).notNull(),
  arxivId: text('arxiv_id'),
  url: text('url'),
  codeUrl: text('code_url'),
  revision: text('revision'),
  paginated: boolean('paginated').notNull(),
  bibtex: text('bibtex').notNull(),
  note: text('note').notNull().default(''),
});

/** Each table or figure of a source, in printed order, so it can be rebuilt as printed. */
export const sourceTables = pgTable(
  'source_tables',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    label: text('label').notNull(),
    kind: text('kind', { enum: tableKinds.values }).notNull(),
    page: text('page'),
    caption: text('caption').notNull(),
    layout: text('layout', { enum: tableLayouts.values }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.label] })],
);

/** Models also have a generated column `search_text` (migration 0017) that only the leaderboard's SQL search reads. */
export const models = pgTable(
  'models',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    family: text('family').notNull(),
    organization: text('organization').notNull(),
    paramsB: doublePrecision('params_b'),
    paramsNote: text('params_note').notNull().default(''),
    modality: text('modality', { enum: modalities.values }).notNull(),
    stage: text('stage', { enum: stages.values }).notNull(),
    baseModelId: text('base_model_id'),
    openWeights: boolean('open_weights'),
    aliases: text('aliases').array().notNull(),
    /** Hugging Face repo ids of the released weights (Qwen/Qwen2.5-7B-Instruct); how run files name the model. */
    hfRepos: text('hf_repos').array().notNull().default([]),
  },
  (t) => [
    foreignKey({ columns: [t.baseModelId], foreignColumns: [t.id], name: 'models_base_model_fk' }),
    index('models_family_idx').on(t.family),
  ],
);

export const benchmarks = pgTable('benchmarks', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category', { enum: categories.values }).notNull(),
  modality: text('modality', { enum: modalities.values }).notNull(),
  scale: text('scale', { enum: scales.values }).notNull(),
  higherIsBetter: boolean('higher_is_better').notNull(),
  description: text('description').notNull(),
  aliases: text('aliases').array().notNull(),
  /** Size of the evaluated set, where a dataset card or paper gives it (null: unknown); feeds the sampling intervals. */
  items: integer('items'),
  itemsSplit: text('items_split'),
  itemsOrigin: text('items_origin'),
});

/** One row per printed number. `id` is derived from the natural key, so permalinks are stable. */
export const results = pgTable(
  'results',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id').notNull(),
    tableLabel: text('table_label').notNull(),
    section: text('section').notNull().default(''),
    page: text('page'),
    modelId: text('model_id')
      .notNull()
      .references(() => models.id),
    modelAsPrinted: text('model_as_printed').notNull(),
    benchmarkId: text('benchmark_id')
      .notNull()
      .references(() => benchmarks.id),
    benchmarkAsPrinted: text('benchmark_as_printed').notNull(),
    metric: text('metric').notNull().default(''),
    setting: text('setting').notNull().default(''),
    value: doublePrecision('value').notNull(),
    valueAsPrinted: text('value_as_printed').notNull(),
    unit: text('unit', { enum: units.values }).notNull(),
    flags: text('flags', { enum: flags.values }).array().notNull(),
    note: text('note').notNull().default(''),
    position: integer('position').notNull(),
    /** The file the row was loaded from; the seeding program only prunes rows it loaded itself. */
    origin: text('origin').notNull(),
  },
  (t) => [
    foreignKey({
      columns: [t.sourceId, t.tableLabel],
      foreignColumns: [sourceTables.sourceId, sourceTables.label],
      name: 'results_source_table_fk',
    }),
    uniqueIndex('results_natural_key').on(
      t.sourceId,
      t.tableLabel,
      t.section,
      t.modelId,
      t.benchmarkId,
      t.metric,
      t.setting,
      t.modelAsPrinted,
      t.benchmarkAsPrinted,
    ),
    index('results_model_benchmark_idx').on(t.modelId, t.benchmarkId),
    index('results_benchmark_idx').on(t.benchmarkId),
    // Exports page through each source table in printed order (db/queries/results-stream.ts).
    index('results_printed_order_idx').on(t.sourceId, t.tableLabel, t.position, t.id),
  ],
);

/** A published training curve: one run, one benchmark, one metric. */
export const series = pgTable(
  'series',
  {
    id: text('id').primaryKey(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    figureGroup: text('figure_group').notNull(),
    /** The figure group's name for readers, from the source's curves/figures.csv. */
    figureTitle: text('figure_title').notNull().default(''),
    runId: text('run_id').notNull(),
    runLabel: text('run_label').notNull(),
    modelId: text('model_id').references(() => models.id),
    benchmarkId: text('benchmark_id')
      .notNull()
      .references(() => benchmarks.id),
    metric: text('metric').notNull(),
    /** A curve's own unit (fraction, tokens): not the results' unit vocabulary. */
    unit: text('unit').notNull(),
    origin: text('origin').notNull(),
  },
  (t) => [uniqueIndex('series_natural_key').on(t.sourceId, t.figureGroup, t.runId, t.benchmarkId, t.metric)],
);

export const points = pgTable(
  'points',
  {
    seriesId: text('series_id')
      .notNull()
      .references(() => series.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    value: doublePrecision('value').notNull(),
    valueAsPrinted: text('value_as_printed').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.step] })],
);

export const sourcesRelations = relations(sources, ({ many }) => ({
  tables: many(sourceTables),
  results: many(results),
  series: many(series),
}));

export const modelsRelations = relations(models, ({ one, many }) => ({
  baseModel: one(models, { fields: [models.baseModelId], references: [models.id] }),
  results: many(results),
}));

export const resultsRelations = relations(results, ({ one }) => ({
  source: one(sources, { fields: [results.sourceId], references: [sources.id] }),
  model: one(models, { fields: [results.modelId], references: [models.id] }),
  benchmark: one(benchmarks, { fields: [results.benchmarkId], references: [benchmarks.id] }),
}));

export const seriesRelations = relations(series, ({ many }) => ({
  points: many(points),
}));

export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type SourceTable = typeof sourceTables.$inferSelect;
export type NewSourceTable = typeof sourceTables.$inferInsert;
export type Model = typeof models.$inferSelect;
export type NewModel = typeof models.$inferInsert;
export type Benchmark = typeof benchmarks.$inferSelect;
export type NewBenchmark = typeof benchmarks.$inferInsert;
export type Result = typeof results.$inferSelect;
export type NewResult = typeof results.$inferInsert;
export type Series = typeof series.$inferSelect;
export type NewSeries = typeof series.$inferInsert;
export type Point = typeof points.$inferSelect;
export type NewPoint = typeof points.$inferInsert;

/**
 * A run: one evaluation someone ran themselves (an lm-eval, lighteval or Every Eval Ever file).
 * Measured, never reported: runs live apart from `results` and never feed a leaderboard cell's primary value.
 */
export const runs = pgTable(
  'runs',
  {
    id: text('id').primaryKey(),
    /** Who ran it, as given with --run-name (or the file's own evaluator name). */
    runName: text('run_name').notNull(),
    format: text('format').notNull(),
    harness: text('harness').notNull(),
    harnessVersion: text('harness_version'),
    modelId: text('model_id')
      .notNull()
      .references(() => models.id),
    /** The model name that was matched: the file's own (pretrained=..., model_name, model_info.id), or --model. */
    modelAsNamed: text('model_as_named').notNull(),
    modelArgs: text('model_args'),
    gitHash: text('git_hash'),
    /** When the evaluation ran, as ISO 8601 (null when the file does not say). */
    evaluatedAt: text('evaluated_at'),
    sourceFile: text('source_file').notNull(),
    /** EEE's evaluator_relationship: first_party, third_party, collaborative or other. */
    evaluatorRelationship: text('evaluator_relationship').notNull(),
    /** Per-task item limit given to the harness, as the file prints it (a subset run); null for full runs. */
    sampleLimit: text('sample_limit'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('runs_model_idx').on(t.modelId)],
);

/** One measured number of a run, with the raw value exactly as the file has it. */
export const runValues = pgTable(
  'run_values',
  {
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    task: text('task').notNull(),
    benchmarkId: text('benchmark_id')
      .notNull()
      .references(() => benchmarks.id),
    /** The metric key as the file has it (exact_match,strict-match), and our label for it (EM strict). */
    metricKey: text('metric_key').notNull(),
    metric: text('metric').notNull(),
    filter: text('filter').notNull().default(''),
    shots: integer('shots'),
    /** Value on the benchmark's display scale (fractions become percent). */
    value: doublePrecision('value').notNull(),
    valueRaw: text('value_raw').notNull(),
    /** The raw value's scale: fraction (0-1) or percent. */
    rawScale: text('raw_scale').notNull(),
    /** The harness's standard error in the display unit, and as the file has it. */
    stderr: doublePrecision('stderr'),
    stderrRaw: text('stderr_raw'),
    /** Items evaluated (n-samples effective) and items in the task (original). */
    itemsEvaluated: integer('items_evaluated'),
    itemsTotal: integer('items_total'),
    /** Generation settings from the file (temperature, max tokens, ...) as a JSON object text. */
    generation: text('generation').notNull().default('{}'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.position] }), index('run_values_benchmark_idx').on(t.benchmarkId)],
);

export type Run = typeof runs.$inferSelect;
export type NewRun = typeof runs.$inferInsert;
export type RunValue = typeof runValues.$inferSelect;
export type NewRunValue = typeof runValues.$inferInsert;

/** One row whose version goes up with every write of data, so readers can cache until it changes. */
export const dataVersion = pgTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

/**
 * Derived: for each model and benchmark with a reported value, the value its leaderboard cell shows
 * (lib/leaderboard/primary-value.ts) and how many values there are. Kept by triggers on results,
 * models, sources and source_tables in the writing transaction (migration 0004), never written directly.
 */
export const leaderboardCells = pgTable(
  'leaderboard_cells',
  {
    modelId: text('model_id').notNull(),
    benchmarkId: text('benchmark_id').notNull(),
    resultId: text('result_id').notNull(),
    sourceId: text('source_id').notNull(),
    tablePosition: integer('table_position').notNull(),
    position: integer('position').notNull(),
    metric: text('metric').notNull(),
    setting: text('setting').notNull(),
    /** The value on its common scale (fractions as percent), as the leaderboard sorts and averages it. */
    score: doublePrecision('score').notNull(),
    unit: text('unit', { enum: units.values }).notNull(),
    valueCount: integer('value_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.benchmarkId] }), index('leaderboard_cells_benchmark_score_idx').on(t.benchmarkId, t.score)],
);

/**
 * Derived: for each model, benchmark and source with a reported value, that source's primary value
 * (the same rule as leaderboard_cells, within one source) and how many values the source has, so an
 * "as reported in" view ranks a few cells per pair instead of every result. Kept by the same triggers.
 */
export const leaderboardSourceCells = pgTable(
  'leaderboard_source_cells',
  {
    modelId: text('model_id').notNull(),
    benchmarkId: text('benchmark_id').notNull(),
    sourceId: text('source_id').notNull(),
    /** The rule's first keys across sources: superseded, not the model's makers' report, the source's year. */
    superseded: boolean('superseded').notNull(),
    otherMaker: boolean('other_maker').notNull(),
    year: integer('year').notNull(),
    resultId: text('result_id').notNull(),
    tablePosition: integer('table_position').notNull(),
    position: integer('position').notNull(),
    metric: text('metric').notNull(),
    setting: text('setting').notNull(),
    score: doublePrecision('score').notNull(),
    unit: text('unit').notNull(),
    valueCount: integer('value_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.benchmarkId, t.sourceId] }), index('leaderboard_source_cells_source_idx').on(t.sourceId, t.benchmarkId)],
);

/**
 * Derived: how many leaderboard cells (primary values) each benchmark has at each metric and setting,
 * so the unfiltered view's columns (coverage) and their reference settings are read, not counted.
 * Kept by the same refresh function as leaderboard_cells, in the writing transaction.
 */
export const leaderboardSettingCounts = pgTable(
  'leaderboard_setting_counts',
  {
    benchmarkId: text('benchmark_id').notNull(),
    metric: text('metric').notNull(),
    setting: text('setting').notNull(),
    cells: integer('cells').notNull(),
  },
  (t) => [primaryKey({ columns: [t.benchmarkId, t.metric, t.setting] })],
);

/** Derived: as leaderboard_setting_counts, per source, over each source's own cells (leaderboard_source_cells). */
export const leaderboardSourceSettingCounts = pgTable(
  'leaderboard_source_setting_counts',
  {
    sourceId: text('source_id').notNull(),
    benchmarkId: text('benchmark_id').notNull(),
    metric: text('metric').notNull(),
    setting: text('setting').notNull(),
    cells: integer('cells').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.benchmarkId, t.metric, t.setting] })],
);

/** Derived: a slot (array index) per benchmark in leaderboard_model_rows, given on first sight and never reused. */
export const leaderboardSlots = pgTable('leaderboard_slots', {
  benchmarkId: text('benchmark_id').primaryKey(),
  slot: integer('slot').notNull().unique(),
});

/**
 * Derived: one row per model with its cells' scores at their benchmarks' slots, so a view without
 * comparable or source options sorts and averages one narrow row per model instead of a cell per
 * model and column. Kept by the same refresh function as leaderboard_cells.
 */
export const leaderboardModelRows = pgTable('leaderboard_model_rows', {
  modelId: text('model_id').primaryKey(),
  /** Each cell's score at its benchmark's slot, null where the model has no value. */
  scores: doublePrecision('scores').array().notNull(),
  /** Slots whose cell is not in percent or fraction, left out of averages. */
  others: integer('others').array().notNull(),
});

/**
 * Derived: as leaderboard_model_rows, per source: a model's scores in one source's own cells, so an
 * "as reported in" view reads one narrow row per model and source. Kept by the same refresh function.
 */
export const leaderboardSourceModelRows = pgTable(
  'leaderboard_source_model_rows',
  {
    modelId: text('model_id').notNull(),
    sourceId: text('source_id').notNull(),
    scores: doublePrecision('scores').array().notNull(),
    others: integer('others').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.sourceId] }), index('leaderboard_source_model_rows_source_idx').on(t.sourceId)],
);
