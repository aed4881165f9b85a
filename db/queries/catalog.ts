import { asc, eq, inArray } from 'drizzle-orm';
import { getDb, type Database } from '../client';
import { countOf } from './qualified';
import { benchmarks, models, results, series, sources, sourceTables, type Benchmark, type Model, type Source, type SourceTable } from '../schema';

export async function getModel({ id, db = getDb() }: { id: string; db?: Database }): Promise<Model | undefined> {
  const [row] = await db.select().from(models).where(eq(models.id, id));
  return row;
}

/** The model's ancestors (base first) and every model trained from it, directly or not. */
export async function getLineage({ id, db = getDb() }: { id: string; db?: Database }) {
  const all = await db
    .select({ id: models.id, name: models.name, stage: models.stage, baseModelId: models.baseModelId })
    .from(models);
  const byId = new Map(all.map((m) => [m.id, m]));
  const ancestors: typeof all = [];
  const seen = new Set<string>([id]);
  for (let cur = byId.get(id)?.baseModelId; cur && !seen.has(cur); cur = byId.get(cur)?.baseModelId) {
    seen.add(cur);
    const m = byId.get(cur);
    if (m) ancestors.unshift(m);
  }
  const descendants: (typeof all[number] & { depth: number })[] = [];
  const walk = (parent: string, depth: number) => {
    for (const m of all.filter((x) => x.baseModelId === parent && !seen.has(x.id))) {
      seen.add(m.id);
      descendants.push({ ...m, depth });
      walk(m.id, depth + 1);
    }
  };
  walk(id, 1);
  return { ancestors, descendants };
}

export async function getBenchmark({ id, db = getDb() }: { id: string; db?: Database }): Promise<Benchmark | undefined> {
  const [row] = await db.select().from(benchmarks).where(eq(benchmarks.id, id));
  return row;
}

export async function listModels({ db = getDb() }: { db?: Database } = {}): Promise<Model[]> {
  return db.select().from(models).orderBy(asc(models.family), asc(models.name));
}

export async function listSources({ db = getDb() }: { db?: Database } = {}) {
  return db
    .select({
      id: sources.id,
      title: sources.title,
      shortTitle: sources.shortTitle,
      authors: sources.authors,
      organization: sources.organization,
      year: sources.year,
      kind: sources.kind,
      arxivId: sources.arxivId,
      results: countOf(results, results.sourceId, sources.id),
      series: countOf(series, series.sourceId, sources.id),
    })
    .from(sources)
    .orderBy(asc(sources.year), asc(sources.id));
}

/** The BibTeX of the given sources, in the order asked for. */
export async function sourceCitations({ ids, db = getDb() }: { ids: string[]; db?: Database }) {
  if (!ids.length) return [];
  const rows = await db.select({ id: sources.id, shortTitle: sources.shortTitle, bibtex: sources.bibtex }).from(sources).where(inArray(sources.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getSource({
  id,
  db = getDb(),
}: {
  id: string;
  db?: Database;
}): Promise<(Source & { tables: SourceTable[] }) | undefined> {
  const [source] = await db.select().from(sources).where(eq(sources.id, id));
  if (!source) return undefined;
  const tables = await db.select().from(sourceTables).where(eq(sourceTables.sourceId, id)).orderBy(asc(sourceTables.position));
  return { ...source, tables };
}

export async function benchmarkNames({ db = getDb() }: { db?: Database } = {}): Promise<Map<string, string>> {
  const rows = await db.select({ id: benchmarks.id, name: benchmarks.name }).from(benchmarks);
  return new Map(rows.map((b) => [b.id, b.name]));
}
