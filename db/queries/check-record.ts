import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { CatalogName, CheckRecordReader, RecordResult } from '../../lib/check/record';
import { getDb, type Database } from '../client';
import { benchmarks, models, results, sources } from '../schema';

/** lib/check/names.ts nameKey, in SQL: lower case, 20xx as xx, only [a-z0-9.+] kept. */
const keyOf = (col: string) => `regexp_replace(regexp_replace(lower(${col}), '(?<![0-9])20([0-9]{2})(?![0-9])', '\\1', 'g'), '[^a-z0-9.+]', '', 'g')`;

/** Models and benchmarks whose id, name or an alias has one of the keys; the rest of the catalog is not read. */
export async function findCatalogNames({ keys, db = getDb() }: { keys: string[]; db?: Database }): Promise<CatalogName[]> {
  const wanted = JSON.stringify(keys);
  const query = (table: 'models' | 'benchmarks', kind: string) =>
    sql.raw(`select '${kind}' as kind, t.id, k.key from ${table} t
      cross join lateral unnest(t.aliases || array[t.name, t.id]) as a(alias)
      join wanted k on k.key = ${keyOf('a.alias')}`);
  const rows = await db.execute(sql`with wanted as (select distinct jsonb_array_elements_text(${wanted}::jsonb) as key)
    ${query('models', 'model')} union ${query('benchmarks', 'benchmark')}`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as CatalogName[];
  return list.map((r) => ({ kind: r.kind, id: r.id, key: r.key }));
}

const recordColumns = {
  id: results.id,
  sourceId: results.sourceId,
  sourceOrganization: sources.organization,
  table: results.tableLabel,
  page: results.page,
  modelId: results.modelId,
  modelName: models.name,
  benchmarkId: results.benchmarkId,
  benchmarkName: benchmarks.name,
  metric: results.metric,
  setting: results.setting,
  valueAsPrinted: results.valueAsPrinted,
  unit: results.unit,
  flags: results.flags,
};

function selectRecord(db: Database) {
  return db
    .select(recordColumns)
    .from(results)
    .innerJoin(sources, eq(results.sourceId, sources.id))
    .innerJoin(models, eq(results.modelId, models.id))
    .innerJoin(benchmarks, eq(results.benchmarkId, benchmarks.id));
}

/** Every result of these models on these benchmarks. */
export async function listCheckResults({ models: m, benchmarks: b, db = getDb() }: { models: string[]; benchmarks: string[]; db?: Database }): Promise<RecordResult[]> {
  return selectRecord(db).where(and(inArray(results.modelId, m), inArray(results.benchmarkId, b))).orderBy(results.id);
}

/** These models' results on any benchmark, and these benchmarks' results in the given source tables. */
export async function listCheckNeighbours({
  models: m,
  benchmarks: b,
  tables,
  db = getDb(),
}: {
  models: string[];
  benchmarks: string[];
  tables: { sourceId: string; table: string }[];
  db?: Database;
}): Promise<RecordResult[]> {
  const inTables = or(...tables.map((t) => and(eq(results.sourceId, t.sourceId), eq(results.tableLabel, t.table))));
  return selectRecord(db)
    .where(or(inArray(results.modelId, m), and(inArray(results.benchmarkId, b), inTables)))
    .orderBy(results.id);
}

export async function listSourceBibtex({ ids, db = getDb() }: { ids: string[]; db?: Database }) {
  return db.select({ id: sources.id, bibtex: sources.bibtex }).from(sources).where(inArray(sources.id, ids)).orderBy(sources.id);
}

/** The reads of a check, on one database. */
export function checkRecordReader(db: Database = getDb()): CheckRecordReader {
  return {
    names: (keys) => findCatalogNames({ keys, db }),
    results: (m, b) => listCheckResults({ models: m, benchmarks: b, db }),
    neighbours: (m, b, tables) => listCheckNeighbours({ models: m, benchmarks: b, tables, db }),
    bibtex: (ids) => listSourceBibtex({ ids, db }),
  };
}
