import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client';
import { writeSyntheticResults } from '../seeds/program/write-synthetic';

const usage = 'usage: npm run db:synthetic -- --results N [--models M] [--benchmarks B]   (made-up results beside the real data, for measuring scale)';

function count(text: string | undefined, name: string, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const n = Number(text?.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number from 1 (${usage})`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { results: { type: 'string' }, models: { type: 'string' }, benchmarks: { type: 'string' } } });
  if (values.results === undefined) {
    console.error(usage);
    return 2;
  }
  const results = count(values.results, 'results');
  const benchmarks = count(values.benchmarks, 'benchmarks', 60);
  const models = count(values.models, 'models', Math.ceil(results / benchmarks));
  const handle = openDatabase();
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  try {
    await handle.migrate();
    await writeSyntheticResults(handle.db, { results, models, benchmarks }, (done) => {
      process.stderr.write(`\rsynthetic: ${done.toLocaleString('en')} / ${results.toLocaleString('en')} results written (${seconds()} s)`);
    });
  } finally {
    await handle.close();
  }
  process.stderr.write('\n');
  console.log(`Committed ${results.toLocaleString('en')} synthetic results (${models} models x ${benchmarks} benchmarks, sources synthetic-1..4) to ${handle.via} in ${seconds()} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Nothing was written. ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  },
);
