import { asc, count, inArray, notInArray, and } from 'drizzle-orm';
import { getDb, type Database } from '../client';
import { modelNameMatches } from './contains';
import { models, sources, type Model } from '../schema';

/** What /compare needs of the catalog: the chosen models, the sources of their values, and a search for more. */

export async function countModels({ db = getDb() }: { db?: Database } = {}): Promise<number> {
  const [row] = await db.select({ n: count() }).from(models);
  return row?.n ?? 0;
}

/** The models with these ids (unknown ids left out), in catalog order. */
export async function getModels({ ids, db = getDb() }: { ids: readonly string[]; db?: Database }): Promise<Model[]> {
  if (!ids.length) return [];
  return db.select().from(models).where(inArray(models.id, [...ids])).orderBy(asc(models.family), asc(models.name));
}

export type PickableModel = Pick<Model, 'id' | 'name' | 'family' | 'aliases'>;

/** What the picker shows and searches by, for every model: sent whole while the catalog is small. */
export async function listPickableModels({ db = getDb() }: { db?: Database } = {}): Promise<PickableModel[]> {
  return db.select({ id: models.id, name: models.name, family: models.family, aliases: models.aliases }).from(models).orderBy(asc(models.family), asc(models.name));
}

/** The first `limit` models in catalog order matching `q` by lib/name-search's rule, leaving out `exclude`. */
export async function searchPickableModels({
  q,
  exclude = [],
  limit,
  db = getDb(),
}: {
  q: string;
  exclude?: readonly string[];
  limit: number;
  db?: Database;
}): Promise<PickableModel[]> {
  return db
    .select({ id: models.id, name: models.name, family: models.family, aliases: models.aliases })
    .from(models)
    .where(and(modelNameMatches(q), exclude.length ? notInArray(models.id, [...exclude]) : undefined))
    .orderBy(asc(models.family), asc(models.name))
    .limit(limit);
}

/** Sources by id, with what choosing a model's primary value needs. */
export async function getSourceSummaries({ ids, db = getDb() }: { ids: readonly string[]; db?: Database }) {
  if (!ids.length) return [];
  return db
    .select({ id: sources.id, shortTitle: sources.shortTitle, organization: sources.organization, year: sources.year })
    .from(sources)
    .where(inArray(sources.id, [...ids]));
}
