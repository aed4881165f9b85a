import { findDiscrepancies, type Discrepancy } from '../../lib/discrepancies';
import type { ResultFilters } from '../../lib/result-filters';
import { getDb, type Database } from '../client';
import { listResults } from './results';
import { cachedByDataVersion } from './version-cache';

/** Model+benchmark pairs whose reported values differ, each with all its results side by side; the unfiltered ledger is kept until data changes. */
export async function listDiscrepancies({
  filters = {},
  db = getDb(),
}: { filters?: ResultFilters; db?: Database } = {}): Promise<Discrepancy[]> {
  const read = async () => findDiscrepancies(await listResults({ filters, db }));
  return Object.keys(filters).length === 0 ? cachedByDataVersion(db, 'discrepancies:all', read) : read();
}
