import type { ExportFormat } from '../../lib/export-format';
import { csvChunks, jsonChunks } from '../../lib/export-stream';
import { getDb, type Database } from '../client';
import { resultBatches } from './results-stream';

/** The whole unfiltered export as one string: for tests and small datasets (the API streams it instead). */
export async function exportAllResults({ format, db = getDb() }: { format: ExportFormat; db?: Database }): Promise<string> {
  let text = '';
  for await (const chunk of (format === 'csv' ? csvChunks : jsonChunks)(resultBatches(db))) text += chunk;
  return text;
}
