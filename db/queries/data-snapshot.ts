import { sql } from 'drizzle-orm';
import type { DataSnapshot } from '../../lib/benchboard-citation';
import { getDb, type Database } from '../client';
import { cachedByDataVersion, readDataVersion } from './version-cache';

/**
 * What a citation of Benchboard names: a digest of every reported value (so two installs holding the
 * same data cite the same snapshot, whatever their write history) and the counts it covers. The digest
 * is kept by triggers in every write (migration 0006), so reading it costs the same at any size.
 */
export async function getDataSnapshot({ db = getDb() }: { db?: Database } = {}): Promise<DataSnapshot> {
  const version = await readDataVersion(db);
  return cachedByDataVersion(
    db,
    'data-snapshot',
    async () => {
      const rows = (await db.execute(sql`
        select
          (select md5(d.hash_sum::text || ':' || d.row_count::text) from results_digest d where d.id = 1) as digest,
          (select d.row_count::int from results_digest d where d.id = 1) as results,
          (select count(*)::int from sources) as sources,
          (select count(*)::int from models) as models,
          (select count(*)::int from benchmarks) as benchmarks,
          (select max(year)::int from sources) as newest_year
      `)) as unknown as { rows: SnapshotRow[] } | SnapshotRow[];
      const row = (Array.isArray(rows) ? rows : rows.rows)[0]!;
      return {
        id: row.digest.slice(0, 10),
        dataVersion: version,
        results: Number(row.results),
        sources: Number(row.sources),
        models: Number(row.models),
        benchmarks: Number(row.benchmarks),
        newestSourceYear: row.newest_year === null ? null : Number(row.newest_year),
      };
    },
    version,
  );
}

type SnapshotRow = { digest: string; results: number; sources: number; models: number; benchmarks: number; newest_year: number | null };
