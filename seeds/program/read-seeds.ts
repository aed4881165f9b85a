import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { NewBenchmark, NewModel, NewResult, NewSource, NewSourceTable } from '../../db/schema';
import { servedBibtex } from '../../lib/bibtex';
import { titleNames, toBenchmarkRow, toModelRow, toSourceRows } from './catalog-rows';
import { readCsvFile } from './read-csv-file';
import { readCurves, type PreparedCurves } from './read-curves';
import { prepareResults } from './prepare-results';
import { SeedValidationError, type SeedProblem } from './problems';
import { catalogFromSeedFiles } from './reference-catalog';
import { catalogBenchmarkSchema, catalogModelSchema, sourceFileSchema, type SourceFile } from './seed-schemas';

/** Everything the seed folder holds, validated and shaped as database rows. */
export interface SeedBundle {
  /**
   * The seed folder's name. The rows it loads carry origins under it (`seeds/mimo-7b/results.csv`);
   * loading it again updates and removes those rows and keeps every other one, imports included.
   */
  folder: string;
  models: NewModel[];
  benchmarks: NewBenchmark[];
  sources: NewSource[];
  sourceTables: NewSourceTable[];
  results: NewResult[];
  curves: PreparedCurves;
}

function display(root: string, file: string): string {
  return path.relative(path.dirname(root), file) || file;
}

function readJson(file: string, shown: string, problems: SeedProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: shown, message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function parseList<S extends z.ZodType>(
  schema: S,
  data: unknown,
  shown: string,
  problems: SeedProblem[],
): z.infer<S>[] {
  if (!Array.isArray(data)) {
    if (data !== undefined) problems.push({ file: shown, message: 'expected a JSON array' });
    return [];
  }
  const out: z.infer<S>[] = [];
  data.forEach((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
    else {
      const id = (entry as { id?: unknown })?.id;
      for (const issue of parsed.error.issues) {
        problems.push({
          file: shown,
          field: `[${i}]${typeof id === 'string' ? ` (${id})` : ''}.${issue.path.join('.')}`,
          message: issue.message,
        });
      }
    }
  });
  return out;
}

function checkUniqueIds(entries: { id: string }[], shown: string, problems: SeedProblem[]) {
  const ids = new Set<string>();
  for (const { id } of entries) {
    if (ids.has(id)) problems.push({ file: shown, field: 'id', message: `id "${id}" is defined twice` });
    ids.add(id);
  }
}

/** Reads and validates the whole seed folder; throws SeedValidationError listing every problem. */
export function readSeedDirectory(root: string): SeedBundle {
  const problems: SeedProblem[] = [];
  const catalogDir = path.join(root, 'catalog');
  const modelsFile = path.join(catalogDir, 'models.json');
  const benchmarksFile = path.join(catalogDir, 'benchmarks.json');
  const catalogModels = parseList(catalogModelSchema, readJson(modelsFile, display(root, modelsFile), problems), display(root, modelsFile), problems);
  const catalogBenchmarks = parseList(
    catalogBenchmarkSchema,
    readJson(benchmarksFile, display(root, benchmarksFile), problems),
    display(root, benchmarksFile),
    problems,
  );
  checkUniqueIds(catalogModels, display(root, modelsFile), problems);
  checkUniqueIds(catalogBenchmarks, display(root, benchmarksFile), problems);
  const modelIds = new Set(catalogModels.map((m) => m.id));
  for (const m of catalogModels) {
    if (m.base_model && !modelIds.has(m.base_model)) {
      problems.push({ file: display(root, modelsFile), field: `${m.id}.base_model`, message: `unknown base model "${m.base_model}"` });
    }
  }

  const folders = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'source.json')) && statSync(path.join(root, name)).isDirectory())
    .sort();
  const sourceFiles: { folder: string; source: SourceFile }[] = [];
  for (const folder of folders) {
    const file = path.join(root, folder, 'source.json');
    const shown = display(root, file);
    const parsed = sourceFileSchema.safeParse(readJson(file, shown, problems));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file: shown, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    if (parsed.data.id !== folder) problems.push({ file: shown, field: 'id', message: `id "${parsed.data.id}" must equal the folder name "${folder}"` });
    const labels = parsed.data.tables.map((t) => t.label);
    labels.forEach((label, i) => {
      if (labels.indexOf(label) !== i) problems.push({ file: shown, field: 'tables', message: `table "${label}" is listed twice` });
    });
    sourceFiles.push({ folder, source: parsed.data });
  }
  const names = titleNames(catalogModels, sourceFiles.map((s) => s.source));
  for (const { folder, source } of sourceFiles) {
    try {
      servedBibtex(source.bibtex, { arxivId: source.arxiv_id, names });
    } catch (error) {
      problems.push({ file: display(root, path.join(root, folder, 'source.json')), field: 'bibtex', message: (error as Error).message });
    }
  }

  const catalog = catalogFromSeedFiles(catalogModels, catalogBenchmarks, sourceFiles.map((s) => s.source));
  const seen = new Map<string, { file: string; line: number }>();
  const results: NewResult[] = [];
  const curves: PreparedCurves = { series: [], points: [] };
  for (const { folder, source } of sourceFiles) {
    const file = path.join(root, folder, 'results.csv');
    if (existsSync(file)) {
      const shown = display(root, file);
      const table = readCsvFile(file, shown, problems);
      if (table) {
        const prepared = prepareResults({ file: shown, table, sourceId: source.id, allowNewTables: false }, catalog, problems, seen);
        results.push(...prepared.results);
      }
    }
    const curvesDir = path.join(root, folder, 'curves');
    if (existsSync(curvesDir)) {
      const read = readCurves(curvesDir, source.id, catalog, problems, (f) => display(root, f));
      curves.series.push(...read.series);
      curves.points.push(...read.points);
    }
  }

  if (problems.length) throw new SeedValidationError(problems);
  const sourceRows = sourceFiles.map(({ source }) => toSourceRows(source, names));
  return {
    folder: path.basename(root),
    models: catalogModels.map(toModelRow),
    benchmarks: catalogBenchmarks.map(toBenchmarkRow),
    sources: sourceRows.map((s) => s.source),
    sourceTables: sourceRows.flatMap((s) => s.tables),
    results,
    curves,
  };
}
