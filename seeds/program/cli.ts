import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client';
import { importResultsFile } from './import-file';
import { SeedValidationError } from './problems';
import { readSeedDirectory } from './read-seeds';
import type { ChangeSummary } from './write-bundle';
import { writeSeedBundle } from './write-bundle';

const usage = `usage:
  npm run db:seed [-- --dry-run]                      load everything under seeds/
  npm run import -- <file.csv> [--source <id>] [--dry-run]   add a results file of your own`;

function printSummary(summary: Partial<ChangeSummary>, dryRun: boolean, via: string) {
  console.log(dryRun ? `Dry run on ${via}: nothing was written. These changes would be made:` : `Committed to ${via}:`);
  console.log('  what        inserted  updated  unchanged  deleted');
  for (const [what, c] of Object.entries(summary)) {
    console.log(
      `  ${what.padEnd(10)} ${String(c.inserted).padStart(9)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)} ${String(c.deleted).padStart(8)}`,
    );
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      source: { type: 'string' },
      dir: { type: 'string', default: 'seeds' },
    },
  });
  const [command, file] = positionals;
  const dryRun = values['dry-run'] ?? false;
  if (command !== 'seed' && command !== 'import') {
    console.error(usage);
    return 2;
  }
  if (command === 'import' && !file) {
    console.error(`import needs a file.\n${usage}`);
    return 2;
  }
  // Validate the files before opening the database, so bad data never gets near it.
  const bundle = command === 'seed' ? readSeedDirectory(path.resolve(values.dir ?? 'seeds')) : undefined;
  const handle = openDatabase();
  let summary: Partial<ChangeSummary>;
  try {
    await handle.migrate();
    summary = bundle
      ? await writeSeedBundle(handle.db, bundle, { dryRun })
      : await importResultsFile(handle.db, path.resolve(file!), { source: values.source, dryRun });
  } finally {
    await handle.close();
  }
  // Said only once the transaction has committed and the database is closed.
  printSummary(summary, dryRun, handle.via);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SeedValidationError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') console.error(`File not found: ${(error as NodeJS.ErrnoException).path}`);
    else if (error instanceof Error) {
      const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
      console.error(`Nothing was written. ${error.message.split('\n')[0]}${cause}`);
    } else console.error(error);
    process.exit(1);
  },
);
