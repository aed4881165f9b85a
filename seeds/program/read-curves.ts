import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { NewPoint, NewSeries } from '../../db/schema';
import { parsePrintedNumber } from '../../lib/printed-number';
import type { SeedProblem } from './problems';
import { readCsvFile } from './read-csv-file';
import { readFigureTitles } from './read-figure-titles';
import type { ReferenceCatalog } from './reference-catalog';

/**
 * Training curves exported from Weights & Biases: one CSV per chart, a `Step` column and, per run,
 * `<run id> - <metric path>/<BENCH>` plus `__MIN`/`__MAX` companions (ignored). `runs.csv` maps
 * each run id of a data folder to the label the authors' figures use; an optional `model` column names
 * the model the run starts from (otherwise a label that is exactly one model's alias names it).
 * `figures.csv` (figure_group, title), where present, names every figure group for readers.
 */
export interface PreparedCurves {
  series: NewSeries[];
  points: NewPoint[];
}

/** Metric paths of the export, what they measure, and the range a valid value falls in. */
const metricPaths: Record<string, { metric: string; unit: string; min: number; max: number }> = {
  'val/test_score': { metric: 'accuracy', unit: 'fraction', min: 0, max: 1 },
  'val_response_length/test_length_correct': {
    metric: 'mean length of correct answers',
    unit: 'tokens',
    min: 0,
    max: Number.POSITIVE_INFINITY,
  },
};

const runColumns = ['figure_group', 'data_folder', 'run_id', 'run_label'];

interface RunEntry {
  group: string;
  label: string;
  modelId: string | null;
}

/** The one catalog entry whose name or alias is `printed` (case-insensitive); undefined when none or several. */
function findByAlias(map: Map<string, { name: string; aliases: readonly string[] }>, printed: string): string | undefined {
  const wanted = printed.toLowerCase();
  const ids = [...map].filter(([, e]) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted));
  return ids.length === 1 ? ids[0]![0] : undefined;
}

function seriesId(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 16);
}

export function readCurves(
  curvesDir: string,
  sourceId: string,
  catalog: ReferenceCatalog,
  problems: SeedProblem[],
  display: (file: string) => string,
): PreparedCurves {
  const out: PreparedCurves = { series: [], points: [] };
  const runsFile = path.join(curvesDir, 'runs.csv');
  const runsShown = display(runsFile);
  if (!existsSync(runsFile)) {
    problems.push({ file: runsShown, message: 'missing runs.csv (figure_group, data_folder, run_id, run_label)' });
    return out;
  }
  const runs = readCsvFile(runsFile, runsShown, problems);
  if (!runs) return out;
  const missingRunColumns = runColumns.filter((c) => !runs.header.includes(c));
  if (missingRunColumns.length) {
    problems.push({ file: runsShown, line: 1, message: `missing column(s): ${missingRunColumns.join(', ')}` });
    return out;
  }

  const titles = readFigureTitles(curvesDir, new Set(runs.rows.map((r) => r.values.figure_group!.trim())), problems, display);

  // data folder -> run id -> [{ figure group, label, model }]
  const byFolder = new Map<string, Map<string, RunEntry[]>>();
  for (const { line, values } of runs.rows) {
    const folder = values.data_folder!.trim();
    const runId = values.run_id!.trim();
    const group = values.figure_group!.trim();
    const label = values.run_label!.trim();
    const model = (values.model ?? '').trim();
    if (model && !catalog.models.has(model)) {
      problems.push({ file: runsShown, line, field: 'model', message: `unknown model "${model}"` });
    }
    for (const [field, value] of Object.entries({ figure_group: group, data_folder: folder, run_id: runId, run_label: label })) {
      if (!value) problems.push({ file: runsShown, line, field, message: 'must not be empty' });
    }
    if (!folder || !runId) continue;
    if (!existsSync(path.join(curvesDir, folder))) {
      problems.push({ file: runsShown, line, field: 'data_folder', message: `folder "${folder}" does not exist` });
      continue;
    }
    const folderRuns = byFolder.get(folder) ?? new Map<string, RunEntry[]>();
    const entries = folderRuns.get(runId) ?? [];
    if (entries.some((e) => e.group === group)) {
      problems.push({ file: runsShown, line, message: `run "${runId}" is listed twice for figure group "${group}"` });
    }
    entries.push({ group, label, modelId: model || findByAlias(catalog.models, label) || null });
    folderRuns.set(runId, entries);
    byFolder.set(folder, folderRuns);
  }

  for (const [folder, folderRuns] of byFolder) {
    const dir = path.join(curvesDir, folder);
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    for (const name of files) {
      const file = path.join(dir, name);
      const shown = display(file);
      const table = readCsvFile(file, shown, problems);
      if (!table) continue;
      if (!table.header.includes('Step')) {
        problems.push({ file: shown, line: 1, field: 'Step', message: 'missing the Step column' });
        continue;
      }
      for (const column of table.header) {
        if (column === 'Step' || column.endsWith('__MIN') || column.endsWith('__MAX')) continue;
        const match = /^(.+) - (.+)\/([^/]+)$/.exec(column);
        if (!match) {
          problems.push({ file: shown, line: 1, field: column, message: 'expected a column named "<run> - <metric path>/<BENCH>"' });
          continue;
        }
        const [, runId, metricPath, printedBenchmark] = match as unknown as [string, string, string, string];
        const metric = metricPaths[metricPath];
        const runEntries = folderRuns.get(runId);
        const benchmarkId = findByAlias(catalog.benchmarks, printedBenchmark);
        if (!metric) problems.push({ file: shown, line: 1, field: column, message: `unknown metric path "${metricPath}"` });
        if (!runEntries) problems.push({ file: shown, line: 1, field: column, message: `run "${runId}" is not in runs.csv for ${folder}` });
        if (!benchmarkId) problems.push({ file: shown, line: 1, field: column, message: `unknown benchmark "${printedBenchmark}"` });
        if (!metric || !runEntries || !benchmarkId) continue;

        const columnPoints: Omit<NewPoint, 'seriesId'>[] = [];
        const steps = new Set<number>();
        for (const { line, values } of table.rows) {
          const rawStep = values.Step!.trim();
          const raw = values[column]!.trim();
          const step = parsePrintedNumber(rawStep);
          if (step === null || !Number.isInteger(step) || step < 0) {
            problems.push({ file: shown, line, field: 'Step', message: `"${rawStep}" is not a step number` });
            continue;
          }
          if (raw === '') continue; // the run was not evaluated at this step
          const value = parsePrintedNumber(raw);
          if (value === null) {
            problems.push({ file: shown, line, field: column, message: `"${raw}" is not a number` });
            continue;
          }
          if (value < metric.min || value > metric.max) {
            problems.push({ file: shown, line, field: column, message: `${raw} is outside ${metric.min} to ${metric.max} for ${metric.metric}` });
            continue;
          }
          if (steps.has(step)) {
            problems.push({ file: shown, line, field: 'Step', message: `step ${step} appears twice` });
            continue;
          }
          steps.add(step);
          columnPoints.push({ step, value, valueAsPrinted: raw });
        }
        for (const { group, label, modelId } of runEntries) {
          const id = seriesId([sourceId, group, runId, benchmarkId, metric.metric]);
          out.series.push({
            id,
            sourceId,
            figureGroup: group,
            figureTitle: titles.get(group) ?? group,
            runId,
            runLabel: label,
            modelId,
            benchmarkId,
            metric: metric.metric,
            unit: metric.unit,
            origin: shown,
          });
          out.points.push(...columnPoints.map((p) => ({ ...p, seriesId: id })));
        }
      }
    }
  }
  return out;
}
