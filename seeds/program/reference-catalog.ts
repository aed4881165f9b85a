import type { Database } from '../../db/client';
import { benchmarks, models, sources, sourceTables } from '../../db/schema';
import type { Scale } from '../../lib/vocabulary';
import type { CatalogBenchmark, CatalogModel, SourceFile } from './seed-schemas';

/** What result rows are checked against: known models, benchmarks, sources and their tables. */
export interface ReferenceCatalog {
  models: Map<string, { name: string; aliases: readonly string[] }>;
  benchmarks: Map<string, { name: string; aliases: readonly string[]; scale: Scale }>;
  sources: Map<string, { paginated: boolean; tables: Map<string, { page: string | null; paginated?: boolean }> }>;
}

export function catalogFromSeedFiles(
  catalogModels: readonly CatalogModel[],
  catalogBenchmarks: readonly CatalogBenchmark[],
  sourceFiles: readonly SourceFile[],
): ReferenceCatalog {
  return {
    models: new Map(catalogModels.map((m) => [m.id, { name: m.name, aliases: m.aliases }])),
    benchmarks: new Map(
      catalogBenchmarks.map((b) => [b.id, { name: b.name, aliases: b.aliases, scale: b.scale as Scale }]),
    ),
    sources: new Map(
      sourceFiles.map((s) => [
        s.id,
        { paginated: s.paginated, tables: new Map(s.tables.map((t) => [t.label, { page: t.page, paginated: t.paginated }])) },
      ]),
    ),
  };
}

/** The catalog as the database holds it, for imports of a user's own file. */
export async function catalogFromDatabase(db: Database): Promise<ReferenceCatalog> {
  const [modelRows, benchmarkRows, sourceRows, tableRows] = await Promise.all([
    db.select({ id: models.id, name: models.name, aliases: models.aliases }).from(models),
    db
      .select({ id: benchmarks.id, name: benchmarks.name, aliases: benchmarks.aliases, scale: benchmarks.scale })
      .from(benchmarks),
    db.select({ id: sources.id, paginated: sources.paginated }).from(sources),
    db.select({ sourceId: sourceTables.sourceId, label: sourceTables.label, page: sourceTables.page }).from(sourceTables),
  ]);
  const catalog: ReferenceCatalog = {
    models: new Map(modelRows.map((m) => [m.id, { name: m.name, aliases: m.aliases }])),
    benchmarks: new Map(benchmarkRows.map((b) => [b.id, { name: b.name, aliases: b.aliases, scale: b.scale as Scale }])),
    sources: new Map(sourceRows.map((s) => [s.id, { paginated: s.paginated, tables: new Map() }])),
  };
  for (const t of tableRows) catalog.sources.get(t.sourceId)?.tables.set(t.label, { page: t.page });
  return catalog;
}
