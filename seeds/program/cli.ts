import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client';
import { runFormats, type RunFormat } from '../../lib/runs/parsed-run';
import { importResultsFile } from './import-file';
import { importRunFile, type RunImportOutcome } from './import-run';
import { SeedValidationError } from './problems';
import { readSeedDirectory } from './read-seeds';
import { writeSeedBundle } from './write-bundle';
import type { ChangeCount } from './write-rows';

const usage = `usage:
  npm run db:seed [-- --dry-run]                      load everything under seeds/
  npm run import -- <file.csv> [--source <id>] [--dry-run]   add a results file of your own
  npm run import -- <file.json> --format lm-eval|lighteval|eee [--run-name NAME] [--model ID] [--dry-run] [--skip-unknown]
                                                      add an evaluation run of your own (kept apart from reported results)`;

function printRunNotes(run: RunImportOutcome) {
  console.log(`Run ${run.runId} (measured, shown beside the reported results at /runs/${run.runId}).`);
  if (run.subsetNote) console.log(`Note: ${run.subsetNote}.`);
  if (run.folded.length) console.log(`Subtasks folded into their imported group: ${run.folded.length} (${run.folded.slice(0, 8).join(', ')}${run.folded.length > 8 ? ', ...' : ''}).`);
  if (run.skipped.length) console.log(`Skipped as unknown (--skip-unknown): ${run.skipped.join('; ')}.`);
}

function printSummary(summary: Partial<Record<string, ChangeCount>>, dryRun: boolean, via: string) {
  console.log(dryRun ? `Dry run on ${via}: nothing was written. These changes would be made:` : `Committed to ${via}:`);
  console.log('  what        inserted  updated  unchanged  deleted');
  for (const [what, c] of Object.entries(summary)) {
    if (!c) continue;
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
      format: { type: 'string' },
      'run-name': { type: 'string' },
      model: { type: 'string' },
      'skip-unknown': { type: 'boolean', default: false },
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
  const format = values.format;
  if (format !== undefined && (command !== 'import' || !runFormats.includes(format as RunFormat))) {
    console.error(`--format must be one of ${runFormats.join(', ')} (with import).\n${usage}`);
    return 2;
  }
  // Validate the files before opening the database, so bad data never gets near it.
  const bundle = command === 'seed' ? readSeedDirectory(path.resolve(values.dir ?? 'seeds')) : undefined;
  const handle = openDatabase();
  let summary: Partial<Record<string, ChangeCount>>;
  let run: RunImportOutcome | undefined;
  try {
    await handle.migrate();
    if (format) {
      run = await importRunFile(handle.db, path.resolve(file!), {
        format: format as RunFormat,
        runName: values['run-name'],
        model: values.model,
        skipUnknown: values['skip-unknown'],
        dryRun,
      });
      summary = run.summary;
    } else {
      summary = bundle
        ? await writeSeedBundle(handle.db, bundle, { dryRun })
        : await importResultsFile(handle.db, path.resolve(file!), { source: values.source, dryRun });
    }
  } finally {
    await handle.close();
  }
  // Said only once the transaction has committed and the database is closed.
  printSummary(summary, dryRun, handle.via);
  if (run) printRunNotes(run);
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
