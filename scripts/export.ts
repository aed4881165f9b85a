import { parseArgs } from 'node:util';
import { openDatabase, type DatabaseHandle } from '../db/client';
import { DataFolderInUseError } from '../db/ownership/claim-folder';
import { listFilterOptions } from '../db/queries/filter-options';
import { resultBatches } from '../db/queries/results-stream';
import { isExportFormat } from '../lib/export-format';
import { csvChunks, jsonChunks } from '../lib/export-stream';
import { listFilterKeys, parseResultFilters, unknownFilterValues } from '../lib/result-filters';

/** `npm run export -- --format csv [--model a,b] [--benchmark x] ...`: the export rows, from the database. */
const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'csv' },
    q: { type: 'string' },
    ...Object.fromEntries(listFilterKeys.map((k) => [k, { type: 'string' as const, multiple: true as const }])),
  },
});
const format = values.format ?? 'csv';
if (!isExportFormat(format)) {
  console.error('--format must be csv or json');
  process.exit(2);
}
const params = new URLSearchParams();
for (const key of [...listFilterKeys, 'q'] as const) {
  const v = (values as Record<string, string | string[] | undefined>)[key];
  for (const item of Array.isArray(v) ? v : v ? [v] : []) params.append(key, item);
}
const { filters, issues } = parseResultFilters(params);
let handle: DatabaseHandle;
try {
  handle = openDatabase();
} catch (error) {
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
try {
  issues.push(...unknownFilterValues(filters, await listFilterOptions({ db: handle.db })));
  if (issues.length) {
    console.error(issues.map((i) => `--${i.param}: ${i.message}`).join('\n'));
    process.exitCode = 2;
  } else {
    const batches = resultBatches(handle.db, filters);
    for await (const chunk of format === 'csv' ? csvChunks(batches) : jsonChunks(batches)) {
      // Written as fast as the reader takes it, so a pipe into `head` or a slow disk holds no backlog.
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
} finally {
  await handle.close();
}
