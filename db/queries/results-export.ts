import { resultsToCsv, resultsToJson, type ExportFormat } from '../../lib/export-format';
import { getDb, type Database } from '../client';
import { listResults } from './results';
import { cachedByDataVersion } from './version-cache';

/** The whole unfiltered export, serialised once per data version (the most requested download). */
export function exportAllResults({ format, db = getDb() }: { format: ExportFormat; db?: Database }): Promise<string> {
  return cachedByDataVersion(db, `export:${format}`, async () => {
    const rows = await listResults({ db });
    return format === 'csv' ? resultsToCsv(rows) : resultsToJson(rows);
  });
}
