import { eq } from 'drizzle-orm';
import { mapFor, memoFor } from '../../lib/memo';
import type { Database } from '../client';
import { dataVersion } from '../schema';

const caches = new WeakMap<Database, Map<string, { version: number; value: Promise<unknown> }>>();

/**
 * Reads that only change when data is written are kept per database and key until the data
 * version moves (every seed or import that changes something bumps it in its transaction).
 */
export async function cachedByDataVersion<T>(db: Database, key: string, load: () => Promise<T>, knownVersion?: number): Promise<T> {
  // A caller that has just read the version passes it, saving a query.
  const version = knownVersion ?? (await readDataVersion(db));
  const perDb = mapFor(caches, db);
  const hit = perDb.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = load();
  perDb.set(key, { version, value });
  value.catch(() => perDb.delete(key));
  return value;
}

const versionQueries = new WeakMap<Database, ReturnType<typeof prepareVersionQuery>>();

function prepareVersionQuery(db: Database) {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).prepare('read_data_version');
}

/**
 * The current data version (it moves whenever a seed or import changes something). Every page asks
 * for it, so the query is prepared once per database: building it each time cost more than running it.
 */
export async function readDataVersion(db: Database): Promise<number> {
  const [row] = await memoFor(versionQueries, db, () => prepareVersionQuery(db)).execute();
  return row?.version ?? 0;
}
