import type { FilterOptions } from '../../lib/result-filters';
import { getDb, type Database } from '../client';
import { benchmarks, models, sources } from '../schema';
import { cachedByDataVersion } from './version-cache';

/** The values each list filter can take, to tell a misspelt id from a real one; kept until the data changes. */
export function listFilterOptions({ db = getDb() }: { db?: Database } = {}): Promise<FilterOptions> {
  return cachedByDataVersion(db, 'filter-options', () => readFilterOptions(db));
}

async function readFilterOptions(db: Database): Promise<FilterOptions> {
  const [sourceRows, modelRows, benchmarkRows] = await Promise.all([
    db.select({ id: sources.id }).from(sources),
    db.select({ id: models.id, family: models.family, stage: models.stage, modality: models.modality }).from(models),
    db.select({ id: benchmarks.id, category: benchmarks.category }).from(benchmarks),
  ]);
  return {
    source: new Set(sourceRows.map((r) => r.id)),
    model: new Set(modelRows.map((r) => r.id)),
    benchmark: new Set(benchmarkRows.map((r) => r.id)),
    family: new Set(modelRows.map((r) => r.family)),
    stage: new Set(modelRows.map((r) => r.stage)),
    modality: new Set(modelRows.map((r) => r.modality)),
    category: new Set(benchmarkRows.map((r) => r.category)),
  };
}
