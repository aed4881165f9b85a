import { findDiscrepancies, type Discrepancy } from '../../lib/discrepancies';
import type { ResultFilters } from '../../lib/result-filters';
import type { Database } from '../client';
import { listResults } from './results';

/** Model+benchmark pairs whose reported values differ, each with all its results side by side. */
export async function listDiscrepancies({
  filters = {},
  db,
}: { filters?: ResultFilters; db?: Database } = {}): Promise<Discrepancy[]> {
  return findDiscrepancies(await listResults({ filters, db }));
}
