import type { ExportFormat } from '../../lib/results-csv-json';
import { csvChunks, jsonChunks } from '../../lib/export-stream';
import { getDb, type Database } from '../client';
import { countResultsUpTo } from './leaderboard-catalog';
import { resultBatches } from './results-stream';
import { cachedByDataVersion } from './version-cache';

/** The whole unfiltered export as one string: for tests and small datasets (the API streams it instead). */
export async function exportAllResults({ format, db = getDb() }: { format: ExportFormat; db?: Database }): Promise<string> {
  let text = '';
  for await (const chunk of (format === 'csv' ? csvChunks : jsonChunks)(resultBatches(db))) text += chunk;
  return text;
}

/** Stores up to this many results keep their whole export in memory (a few MB at most). */
export const keptExportLimit = 10_000;

/**
 * The whole unfiltered export, kept until the data changes, while the store is small; null above
 * keptExportLimit, where the API streams it. Built afresh for each request, the export of the real
 * data (3,190 results) held /api/results to 3.6 req/s under 50 connections; kept, it answers at the
 * rate it can send.
 */
export function keptWholeExport({ format, db = getDb(), version }: { format: ExportFormat; db?: Database; version?: number }): Promise<string | null> {
  return cachedByDataVersion(
    db,
    `export:${format}`,
    async () => ((await countResultsUpTo({ db, limit: keptExportLimit })) > keptExportLimit ? null : exportAllResults({ format, db })),
    version,
  );
}
