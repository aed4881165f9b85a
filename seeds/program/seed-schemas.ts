import { z } from 'zod';
import { categories, flags, modalities, scales, sourceKinds, stages, tableKinds, tableLayouts, units } from '../../lib/vocabulary';

const slug = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a lowercase slug (letters, digits, "." and "-")');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const catalogModelSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  family: nonEmpty,
  organization: nonEmpty,
  params_b: z.number().positive().nullable(),
  params_note: z.string().default(''),
  modality: z.enum(modalities.values),
  stage: z.enum(stages.values),
  base_model: slug.nullable(),
  open_weights: z.boolean().nullable(),
  aliases: z.array(nonEmpty),
  /** Hugging Face repo ids (Org/Name) of the released weights, so run files can name the model. */
  hf_repos: z.array(z.string().regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, 'must be a Hugging Face repo id (Org/Name)')).default([]),
});
export type CatalogModel = z.infer<typeof catalogModelSchema>;

export const catalogBenchmarkSchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  category: z.enum(categories.values),
  modality: z.enum(modalities.values),
  scale: z.enum(scales.values),
  higher_is_better: z.boolean(),
  description: nonEmpty,
  aliases: z.array(nonEmpty),
  /** Size of the evaluated set, its split, and the dataset card or paper the count comes from: all three or none. */
  items: z.number().int().positive().nullable().default(null),
  items_split: nonEmpty.nullable().default(null),
  items_origin: z.url().nullable().default(null),
}).refine((b) => (b.items === null) === (b.items_origin === null) && (b.items === null) === (b.items_split === null), {
  message: 'items, items_split and items_origin go together: give all three or none',
  path: ['items'],
});
export type CatalogBenchmark = z.infer<typeof catalogBenchmarkSchema>;

export const sourceTableSchema = z.strictObject({
  label: nonEmpty,
  kind: z.enum(tableKinds.values),
  page: z.string().trim().min(1).nullable().default(null),
  /** false for a part of a paginated source that has no pages (e.g. its repository README). */
  paginated: z.boolean().optional(),
  caption: nonEmpty,
  layout: z.enum(tableLayouts.values),
});

export const sourceFileSchema = z.strictObject({
  id: slug,
  title: nonEmpty,
  short_title: nonEmpty,
  authors: nonEmpty,
  organization: nonEmpty,
  year: z.number().int().min(1990).max(2100),
  kind: z.enum(sourceKinds.values),
  arxiv_id: z.string().regex(/^\d{4}\.\d{4,5}$/).nullable().default(null),
  url: z.url().nullable().default(null),
  code_url: z.url().nullable().default(null),
  revision: z.string().nullable().default(null),
  paginated: z.boolean(),
  bibtex: nonEmpty,
  note: z.string().default(''),
  tables: z.array(sourceTableSchema).min(1),
});
export type SourceFile = z.infer<typeof sourceFileSchema>;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim());

/** One CSV row of results.csv (or an import file), before cross-checks against the catalog. */
export const resultRowSchema = z.object({
  source: optionalText,
  table: nonEmpty,
  page: optionalText,
  section: optionalText,
  model: slug,
  model_as_printed: nonEmpty,
  benchmark: slug,
  benchmark_as_printed: nonEmpty,
  metric: optionalText,
  setting: optionalText,
  value: nonEmpty,
  unit: z
    .union([z.literal(''), z.enum(units.values)])
    .optional()
    .transform((v) => v ?? ''),
  flags: optionalText.pipe(
    z
      .string()
      .transform((v) => (v === '' ? [] : v.split(';').map((f) => f.trim())))
      .pipe(z.array(z.enum(flags.values))),
  ),
  note: optionalText,
});
export type ResultRow = z.infer<typeof resultRowSchema>;

export const resultColumns = Object.keys(resultRowSchema.shape);
