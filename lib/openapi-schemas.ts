import { deprecatedDiscrepancyFields, deprecatedResultFields, deprecatedUntil, snakeName } from './api-records';
import { exportColumns, type ExportColumn } from './export-columns';
import { settingClasses } from './discrepancy-class';
import { categories, flags, modalities, stages, units } from './vocabulary';

/** Response schemas of the OpenAPI document, built from the same column lists the API uses. */
type Schema = Record<string, unknown>;

const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const number = { type: 'number' };
/** A string from a closed vocabulary (lib/vocabulary), its values in display order. */
export const vocabularyEnum = (values: readonly string[]) => ({ type: 'string', enum: [...values] });
const columnTypes: Partial<Record<ExportColumn, Schema>> = {
  source_arxiv: nullableText,
  page: nullableText,
  value: number,
  unit: vocabularyEnum(units.values),
  items: { type: ['integer', 'null'], description: "Items the value was measured on: the count the setting states, else the catalog count; null when unknown." },
  ci95_low: { type: ['number', 'null'], description: 'Lower end of the 95% Wilson score interval (derived, never printed; docs/uncertainty.md).' },
  ci95_high: { type: ['number', 'null'], description: 'Upper end of the same interval.' },
  ci_method: { type: ['string', 'null'], enum: ['wilson-95', null] },
};
const exportProperties = Object.fromEntries(exportColumns.map((c) => [c, columnTypes[c] ?? text]));

const deprecated = (description: string) => ({ deprecated: true, description: `Deprecated, removed in ${deprecatedUntil}: ${description}` });
const camelToSnake = (name: string) => (name === 'id' ? 'result_id' : snakeName(name));

export const schemas: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: { error: text, parameters: { type: 'array', items: { type: 'object', properties: { param: text, message: text } } } },
  },
  ExportRow: {
    type: 'object',
    description: 'One result: the contract columns source_id ... note, then section, unit, result_id and the derived interval columns, in that order. flags joined with ";".',
    required: [...exportColumns],
    properties: exportProperties,
  },
  Results: {
    type: 'object',
    required: ['columns', 'count', 'results'],
    properties: { columns: { type: 'array', items: text }, count: { type: 'integer' }, results: { type: 'array', items: { $ref: '#/components/schemas/ExportRow' } } },
  },
  ResultRecord: {
    type: 'object',
    description: 'One result in full: the export columns (flags as an array here), catalog facts, then the camelCase names used before 1.1.0.',
    properties: {
      ...exportProperties,
      flags: { type: 'array', items: vocabularyEnum(flags.values) },
      source_short_title: text,
      source_year: { type: 'integer' },
      source_authors: text,
      model_family: text,
      model_stage: vocabularyEnum(stages.values),
      model_modality: vocabularyEnum(modalities.values),
      model_params_b: { type: ['number', 'null'] },
      benchmark_category: vocabularyEnum(categories.values),
      benchmark_higher_is_better: { type: 'boolean' },
      benchmark_items: { type: ['integer', 'null'] },
      benchmark_items_split: nullableText,
      samples_averaged: { type: ['integer', 'null'], description: 'Samples averaged per item, where the setting states it.' },
      ...Object.fromEntries(deprecatedResultFields.map((f) => [f, deprecated(`use ${camelToSnake(f)}.`)])),
    },
  },
  ResultWithSiblings: {
    type: 'object',
    required: ['result', 'others', 'bibtex'],
    properties: {
      result: { $ref: '#/components/schemas/ResultRecord' },
      others: { type: 'array', items: { $ref: '#/components/schemas/ResultRecord' } },
      bibtex: text,
    },
  },
  Reason: {
    type: 'object',
    required: ['kind', 'text'],
    properties: {
      kind: { type: 'string', enum: ['metric', 'shots', 'cot', 'judge', 'split', 'harness', 'scoring', 'superseded', 'chart', 'rounding', 'two-in-cell', 'unstated', 'conflict', 'unexplained'] },
      text: text,
    },
  },
  Discrepancy: {
    type: 'object',
    required: ['model_id', 'model_name', 'benchmark_id', 'benchmark_name', 'kind', 'setting', 'spread', 'reasons', 'results'],
    properties: {
      model_id: text,
      model_name: text,
      benchmark_id: text,
      benchmark_name: text,
      kind: { type: 'string', enum: ['values-differ', 'source-conflict'] },
      setting: {
        type: 'string',
        enum: [...settingClasses],
        description: 'same: two differing values state the same setting; different: every differing two state different settings or metrics; unknown: a gap involves a value with no stated setting.',
      },
      differs_at_same_setting: { type: 'boolean', description: 'setting == "same".' },
      spread: { type: ['number', 'null'], description: 'Highest minus lowest on the percent scale; null when units cannot be compared.' },
      reasons: { type: 'array', items: { $ref: '#/components/schemas/Reason' } },
      results: { type: 'array', items: { $ref: '#/components/schemas/ExportRow' } },
      ...Object.fromEntries(deprecatedDiscrepancyFields.map((f) => [f, deprecated(`use ${camelToSnake(f)}.`)])),
    },
  },
  Discrepancies: {
    type: 'object',
    required: ['count', 'discrepancies'],
    properties: { count: { type: 'integer' }, discrepancies: { type: 'array', items: { $ref: '#/components/schemas/Discrepancy' } } },
  },
  Run: {
    type: 'object',
    description: 'One imported evaluation run: measured by whoever ran it, never a reported result.',
    required: ['id', 'run_name', 'format', 'model_id'],
    properties: {
      id: text,
      run_name: text,
      format: text,
      harness: text,
      harness_version: nullableText,
      model_id: text,
      model_name: text,
      model_as_named: text,
      model_args: nullableText,
      git_hash: nullableText,
      evaluated_at: nullableText,
      source_file: text,
      evaluator_relationship: text,
      sample_limit: nullableText,
      imported_at: text,
      values: { type: 'integer', description: 'How many values the run holds.' },
    },
  },
  Runs: {
    type: 'object',
    required: ['kind', 'runs'],
    properties: { kind: { const: 'measured' }, runs: { type: 'array', items: { $ref: '#/components/schemas/Run' } } },
  },
  RunDetail: {
    type: 'object',
    required: ['kind', 'run', 'values'],
    properties: {
      kind: { const: 'measured' },
      run: { $ref: '#/components/schemas/Run' },
      values: { type: 'array', description: 'Each measured value (value in percent, value_raw as the file has it) with its comparisons to reported values.', items: { type: 'object' } },
    },
  },
  CatalogList: {
    type: 'object',
    description: 'count, and one array named after the endpoint (models, benchmarks or sources) of catalog records.',
    required: ['count'],
    properties: { count: { type: 'integer' } },
    additionalProperties: { type: 'array', items: { type: 'object' } },
  },
  PackedLeaderboard: { type: 'object', description: 'Models, benchmarks, sources and every reported value (or, from /api/leaderboard/runs, the run values cells show), repeated strings as indices.' },
  CheckReport: {
    type: 'object',
    required: ['findings', 'summary'],
    properties: {
      findings: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            line: { type: 'integer' },
            column: { type: 'integer' },
            value: {},
            status: { type: 'string', enum: ['match', 'mismatch', 'superseded', 'other_setting', 'unknown'] },
            message: text,
            reported: { type: 'array', items: { type: 'object' } },
          },
        },
      },
      summary: { type: 'object', additionalProperties: { type: 'integer' } },
      bibtex: text,
    },
  },
};
