import { and, asc, inArray, sql, type SQL } from 'drizzle-orm';
import type { ResultFilters } from '../../lib/result-filters';
import { categories, modalities, stages } from '../../lib/vocabulary';
import { getDb, type Database } from '../client';
import { textMatches } from './contains';
import { benchmarks, models, results, sources } from '../schema';
import { countOf, qualified } from './qualified';


/** Models matching the filters, with how many results each has. */
export async function listModelsFiltered({ filters = {}, db = getDb() }: { filters?: ResultFilters; db?: Database } = {}) {
  const where: SQL[] = [];
  if (filters.model) where.push(inArray(models.id, filters.model));
  if (filters.family) where.push(inArray(models.family, filters.family));
  if (filters.stage) where.push(inArray(models.stage, filters.stage.filter(stages.has)));
  if (filters.modality) where.push(inArray(models.modality, filters.modality.filter(modalities.has)));
  if (filters.q) {
    where.push(textMatches(filters.q, [models.name, models.id], [models.aliases]));
  }
  return db
    .select({
      id: models.id,
      name: models.name,
      family: models.family,
      organization: models.organization,
      params_b: models.paramsB,
      params_note: models.paramsNote,
      modality: models.modality,
      stage: models.stage,
      base_model: models.baseModelId,
      open_weights: models.openWeights,
      aliases: models.aliases,
      results: countOf(results, results.modelId, models.id),
    })
    .from(models)
    .where(and(...where))
    .orderBy(asc(models.family), asc(models.name));
}

/** Benchmarks matching the filters, with how many results each has. */
export async function listBenchmarksFiltered({ filters = {}, db = getDb() }: { filters?: ResultFilters; db?: Database } = {}) {
  const where: SQL[] = [];
  if (filters.benchmark) where.push(inArray(benchmarks.id, filters.benchmark));
  if (filters.category) where.push(inArray(benchmarks.category, filters.category.filter(categories.has)));
  if (filters.modality) where.push(inArray(benchmarks.modality, filters.modality.filter(modalities.has)));
  if (filters.q) {
    where.push(textMatches(filters.q, [benchmarks.name, benchmarks.id], [benchmarks.aliases]));
  }
  return db
    .select({
      id: benchmarks.id,
      name: benchmarks.name,
      category: benchmarks.category,
      modality: benchmarks.modality,
      scale: benchmarks.scale,
      higher_is_better: benchmarks.higherIsBetter,
      description: benchmarks.description,
      aliases: benchmarks.aliases,
      results: countOf(results, results.benchmarkId, benchmarks.id),
    })
    .from(benchmarks)
    .where(and(...where))
    .orderBy(asc(benchmarks.category), asc(benchmarks.name));
}

/** Sources matching the filters, with their BibTeX and tables. */
export async function listSourcesFiltered({ filters = {}, db = getDb() }: { filters?: ResultFilters; db?: Database } = {}) {
  const where: SQL[] = [];
  if (filters.source) where.push(inArray(sources.id, filters.source));
  if (filters.q) where.push(textMatches(filters.q, [sources.title, sources.authors, sources.id]));
  return db
    .select({
      id: sources.id,
      title: sources.title,
      authors: sources.authors,
      organization: sources.organization,
      year: sources.year,
      kind: sources.kind,
      arxiv_id: sources.arxivId,
      url: sources.url,
      code_url: sources.codeUrl,
      revision: sources.revision,
      bibtex: sources.bibtex,
      note: sources.note,
      results: countOf(results, results.sourceId, sources.id),
      tables: sql<{ label: string; page: string | null; kind: string }[]>`(select coalesce(json_agg(json_build_object('label', t.label, 'page', t.page, 'kind', t.kind) order by t.position), '[]'::json) from source_tables t where t.source_id = ${qualified(sources.id)})`,
    })
    .from(sources)
    .where(and(...where))
    .orderBy(asc(sources.id));
}
