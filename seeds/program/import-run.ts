import { createHash } from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { benchmarks, models, runs, runValues, type NewRun, type NewRunValue } from '../../db/schema';
import type { RunFormat } from '../../lib/runs/parsed-run';
import { displayValue } from '../../lib/runs/percent';
import { SeedValidationError, type SeedProblem } from './problems';
import { loadTaskIndex, readRunFile } from './run-file';
import { inTransaction } from './write-bundle';
import { upsertChanged, type ChangeCount } from './write-rows';

export interface RunImportOptions {
  format: RunFormat;
  runName?: string;
  /** Our model id or a Hugging Face repo id, when the file does not name the model (or names it differently). */
  model?: string;
  skipUnknown?: boolean;
  dryRun?: boolean;
  catalogDir?: string;
}

export interface RunImportOutcome {
  summary: { runs: ChangeCount; 'run values': ChangeCount };
  runId: string;
  /** Tasks or metrics not in the catalog, skipped with --skip-unknown. */
  skipped: string[];
  /** Subtasks folded into an imported group. */
  folded: string[];
  /** Set when the harness evaluated only part of each task. */
  subsetNote: string | null;
}

/** lm-eval and lighteval name result files results_2024-07-15T14-24-37.334747.json; the time of the run when the file has no date. */
function dateFromFileName(name: string): string | null {
  const m = name.match(/results_(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}(?:\.\d+)?)/);
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Finds a catalog model by id or Hugging Face repo id (case-insensitive, as the Hub treats them). */
async function findModel(db: Database, name: string): Promise<string | undefined> {
  const rows = await db.select({ id: models.id, hfRepos: models.hfRepos }).from(models);
  const wanted = name.toLowerCase();
  return rows.find((m) => m.id === name || m.hfRepos.some((r) => r.toLowerCase() === wanted))?.id;
}

/** Imports one evaluation-harness file as a run, in one transaction; reports, never mixes into, results. */
export async function importRunFile(db: Database, file: string, options: RunImportOptions): Promise<RunImportOutcome> {
  const shown = path.basename(file);
  const tasks = loadTaskIndex(options.catalogDir);
  const { run, text } = readRunFile(file, options.format, tasks);
  const problems: SeedProblem[] = [];
  const named = options.model ?? run.modelAsNamed;
  const modelId = named ? await findModel(db, named) : undefined;
  if (!named) problems.push({ file: shown, field: 'model', message: 'the file names no model; pass --model <id or Org/Name>' });
  else if (!modelId) {
    problems.push({
      file: shown,
      field: options.model ? '--model' : 'model',
      message: `unknown model "${named}": add its Hugging Face repo id to hf_repos in seeds/catalog/models.json, or pass --model <catalog id>`,
    });
  }
  const knownBenchmarks = new Set((await db.select({ id: benchmarks.id }).from(benchmarks)).map((b) => b.id));
  const unknown: string[] = [];
  const values: Omit<NewRunValue, 'runId'>[] = [];
  for (const v of run.values) {
    const mapping = tasks.get(v.task);
    const label = mapping?.metrics[v.metricKey] ?? mapping?.metrics[`${v.metricKey},none`];
    if (!mapping || !label) {
      unknown.push(mapping ? `${v.task} metric ${v.metricKey}` : `task ${v.task}`);
      continue;
    }
    if (!knownBenchmarks.has(mapping.benchmark)) {
      problems.push({ file: 'run-tasks.json', field: v.task, message: `maps to unknown benchmark "${mapping.benchmark}"` });
      continue;
    }
    const max = v.rawScale === 'fraction' ? 1 : 100;
    if (v.raw.value < 0 || v.raw.value > max) {
      problems.push({ file: shown, field: `${v.task} ${v.metricKey}`, message: `value ${v.raw.raw} is outside 0-${max}` });
      continue;
    }
    values.push({
      position: values.length,
      task: v.task,
      benchmarkId: mapping.benchmark,
      metricKey: v.metricKey,
      metric: label,
      filter: v.filter,
      shots: v.shots,
      value: displayValue(v.raw.raw, v.rawScale),
      valueRaw: v.raw.raw,
      rawScale: v.rawScale,
      stderr: v.stderr ? displayValue(v.stderr.raw, v.rawScale) : null,
      stderrRaw: v.stderr?.raw ?? null,
      itemsEvaluated: v.itemsEvaluated,
      itemsTotal: v.itemsTotal,
      generation: JSON.stringify(v.generation),
    });
  }
  const skipped = [...new Set(unknown)];
  if (skipped.length && !options.skipUnknown) {
    problems.push({ file: shown, message: `not in seeds/catalog/run-tasks.json (add them, or pass --skip-unknown): ${skipped.join('; ')}` });
  }
  if (!values.length && !problems.length) problems.push({ file: shown, message: 'no value of a known task to import' });
  if (problems.length) throw new SeedValidationError(problems);

  const runName = options.runName ?? run.evaluatorName ?? 'unnamed';
  const id = `run-${createHash('sha256').update(`${options.format}\u001f${runName}\u001f${modelId}\u001f${text}`).digest('hex').slice(0, 12)}`;
  const subset = values.some((v) => v.itemsEvaluated != null && v.itemsTotal != null && v.itemsEvaluated < v.itemsTotal);
  const subsetNote = run.sampleLimit !== null || subset ? `subset run: limit ${run.sampleLimit ?? 'set'}; fewer items than the full task were evaluated` : null;

  const summary = await inTransaction(db, options.dryRun ?? false, async (tx) => {
    const [before] = await tx.select().from(runs).where(eq(runs.id, id));
    const row: NewRun = {
      id,
      runName,
      format: options.format,
      harness: run.harness,
      harnessVersion: run.harnessVersion,
      modelId: modelId!,
      modelAsNamed: named!,
      modelArgs: run.modelArgs,
      gitHash: run.gitHash,
      evaluatedAt: run.evaluatedAt ?? dateFromFileName(shown),
      sourceFile: shown,
      evaluatorRelationship: run.relationship ?? 'third_party',
      sampleLimit: run.sampleLimit,
      importedAt: before?.importedAt ?? new Date().toISOString(),
    };
    const runCount = await upsertChanged(tx, runs, [runs.id], [row], before ? [before] : []);
    const existing = await tx.select().from(runValues).where(eq(runValues.runId, id));
    const valueCount = await upsertChanged(tx, runValues, [runValues.runId, runValues.position], values.map((v) => ({ ...v, runId: id })), existing);
    return { runs: runCount, 'run values': valueCount };
  });
  return { summary, runId: id, skipped: options.skipUnknown ? skipped : [], folded: run.folded, subsetNote };
}
