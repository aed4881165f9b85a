import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileProblem, ParsedRun, RunFormat } from '../../lib/runs/parsed-run';
import { JsonSyntaxError, parseRawJson } from '../../lib/runs/raw-json';
import { readEee } from '../../lib/runs/read-eee';
import { readLighteval } from '../../lib/runs/read-lighteval';
import { readLmEval } from '../../lib/runs/read-lm-eval';
import { runTaskCatalogSchema, taskIndex, type TaskMapping } from '../../lib/runs/run-catalog';
import { SeedValidationError } from './problems';

export function loadTaskIndex(catalogDir = path.resolve('seeds', 'catalog')): Map<string, TaskMapping> {
  const file = path.join(catalogDir, 'run-tasks.json');
  const parsed = runTaskCatalogSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new SeedValidationError(parsed.error.issues.map((i) => ({ file: 'run-tasks.json', field: i.path.join('.'), message: i.message })));
  }
  return taskIndex(parsed.data);
}

/** Reads and checks one harness file without the database; every problem names the file and the JSON path. */
export function readRunFile(file: string, format: RunFormat, tasks: Map<string, TaskMapping>): { run: ParsedRun; text: string } {
  const shown = path.basename(file);
  const text = readFileSync(file, 'utf8');
  const problems: FileProblem[] = [];
  let run: ParsedRun | null = null;
  try {
    const root = parseRawJson(text);
    run =
      format === 'lm-eval'
        ? readLmEval(root, (t) => tasks.has(t), problems)
        : format === 'lighteval'
          ? readLighteval(root, problems)
          : readEee(root, problems);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    problems.push({ path: '(file)', message: `not valid JSON: ${error.message}` });
  }
  if (!run || problems.length) {
    throw new SeedValidationError(problems.map((p) => ({ file: shown, field: p.path, message: p.message })));
  }
  return { run, text };
}
