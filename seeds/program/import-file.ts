import path from 'node:path';
import type { Database } from '../../db/client';
import { prepareResults } from './prepare-results';
import { SeedValidationError, type SeedProblem } from './problems';
import { readCsvFile } from './read-csv-file';
import { catalogFromDatabase } from './reference-catalog';
import { writeImport } from './write-bundle';

export interface ImportOptions {
  /** Source for rows that do not name one in a `source` column. */
  source?: string;
  dryRun?: boolean;
}

/** Validates a user's results CSV against the database's catalog and writes it in one transaction. */
export async function importResultsFile(db: Database, file: string, options: ImportOptions = {}) {
  const problems: SeedProblem[] = [];
  const shown = path.basename(file);
  const table = readCsvFile(file, shown, problems);
  if (!table) throw new SeedValidationError(problems);
  const catalog = await catalogFromDatabase(db);
  if (options.source && !catalog.sources.has(options.source)) {
    throw new SeedValidationError([{ file: shown, field: '--source', message: `unknown source "${options.source}"` }]);
  }
  const prepared = prepareResults(
    { file: `import:${shown}`, table, sourceId: options.source, allowNewTables: true },
    catalog,
    problems,
    new Map(),
  );
  if (problems.length) throw new SeedValidationError(problems.map((p) => ({ ...p, file: shown })));
  return writeImport(db, prepared, { dryRun: options.dryRun });
}
