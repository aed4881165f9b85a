import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client';
import { checkRecordReader } from '../db/queries/check-record';
import { readDraft } from '../lib/check/read-draft';
import { reportAsText, reportFails } from '../lib/check/report-text';
import { runCheck } from '../lib/check/run-check';

/** `npm run check -- FILE [--format json|text]`: exit 1 when a number is a mismatch or superseded, 2 on bad use. */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'text' }, 'base-url': { type: 'string', default: '' } } });
const file = positionals[0];
if (!file || positionals.length > 1 || (values.format !== 'json' && values.format !== 'text')) {
  console.error('usage: npm run check -- FILE [--format json|text] [--base-url URL]');
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const draft = readDraft(bytes);
if (!draft.ok) {
  console.error(`${file}: ${draft.error}`);
  process.exit(2);
}
const handle = openDatabase();
try {
  const report = await runCheck(draft.text, checkRecordReader(handle.db), (values['base-url'] ?? '').replace(/\/$/, ''));
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportAsText(report, file));
  process.exitCode = reportFails(report) ? 1 : 0;
} finally {
  await handle.close();
}
