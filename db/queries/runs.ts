import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Database } from '../client';
import { benchmarks, models, results, runs, runValues, sources } from '../schema';

const runColumns = {
  id: runs.id,
  runName: runs.runName,
  format: runs.format,
  harness: runs.harness,
  harnessVersion: runs.harnessVersion,
  modelId: runs.modelId,
  modelName: models.name,
  modelAsNamed: runs.modelAsNamed,
  modelArgs: runs.modelArgs,
  gitHash: runs.gitHash,
  evaluatedAt: runs.evaluatedAt,
  sourceFile: runs.sourceFile,
  evaluatorRelationship: runs.evaluatorRelationship,
  sampleLimit: runs.sampleLimit,
  importedAt: runs.importedAt,
};

const runValueColumns = {
  position: runValues.position,
  task: runValues.task,
  benchmarkId: runValues.benchmarkId,
  benchmarkName: benchmarks.name,
  benchmarkItems: benchmarks.items,
  metricKey: runValues.metricKey,
  metric: runValues.metric,
  filter: runValues.filter,
  shots: runValues.shots,
  value: runValues.value,
  valueRaw: runValues.valueRaw,
  rawScale: runValues.rawScale,
  stderr: runValues.stderr,
  stderrRaw: runValues.stderrRaw,
  itemsEvaluated: runValues.itemsEvaluated,
  itemsTotal: runValues.itemsTotal,
  generation: runValues.generation,
};

export type RunSummary = Awaited<ReturnType<typeof listRuns>>[number];

/** Every run, newest import first, with its number of values; optionally those of one model. */
export async function listRuns({ modelId, db = getDb() }: { modelId?: string; db?: Database } = {}) {
  return db
    .select({ ...runColumns, values: count(runValues.position) })
    .from(runs)
    .innerJoin(models, eq(models.id, runs.modelId))
    .leftJoin(runValues, eq(runValues.runId, runs.id))
    .where(modelId ? eq(runs.modelId, modelId) : undefined)
    .groupBy(runs.id, models.name)
    .orderBy(desc(runs.importedAt), runs.id);
}

export type RunDetail = NonNullable<Awaited<ReturnType<typeof getRun>>>;

/**
 * Runs with only the given values (run id -> positions), in run id order: two queries whatever their
 * number, for a view's export; without the reported values getRun adds for a run's own page.
 */
export async function getRunsWithValues({ shown, db = getDb() }: { shown: ReadonlyMap<string, ReadonlySet<number>>; db?: Database }) {
  if (!shown.size) return [];
  const ids = [...shown.keys()].sort();
  const pairs = [...shown].flatMap(([id, positions]) => [...positions].map((p) => sql`(${id}, ${p}::int)`));
  const [found, values] = await Promise.all([
    db.select(runColumns).from(runs).innerJoin(models, eq(models.id, runs.modelId)).where(inArray(runs.id, ids)),
    db
      .select({ runId: runValues.runId, ...runValueColumns })
      .from(runValues)
      .innerJoin(benchmarks, eq(benchmarks.id, runValues.benchmarkId))
      .where(sql`(${runValues.runId}, ${runValues.position}) IN (${sql.join(pairs, sql`, `)})`)
      .orderBy(runValues.runId, runValues.position),
  ]);
  const valuesOf = new Map<string, Omit<(typeof values)[number], 'runId'>[]>();
  for (const { runId, ...value } of values) {
    const list = valuesOf.get(runId);
    if (list) list.push(value);
    else valuesOf.set(runId, [value]);
  }
  const byId = new Map(found.map((run) => [run.id, run]));
  return ids.flatMap((id) => {
    const run = byId.get(id);
    return run ? [{ run, values: valuesOf.get(id) ?? [] }] : [];
  });
}

/** One run, its values with their benchmarks, and the values papers reported for the same model and benchmarks. */
export async function getRun({ id, db = getDb() }: { id: string; db?: Database }) {
  const [run] = await db.select(runColumns).from(runs).innerJoin(models, eq(models.id, runs.modelId)).where(eq(runs.id, id));
  if (!run) return undefined;
  const values = await db
    .select(runValueColumns)
    .from(runValues)
    .innerJoin(benchmarks, eq(benchmarks.id, runValues.benchmarkId))
    .where(eq(runValues.runId, id))
    .orderBy(runValues.position);
  const benchmarkIds = [...new Set(values.map((v) => v.benchmarkId))];
  const reported = benchmarkIds.length
    ? await db
        .select({
          resultId: results.id,
          benchmarkId: results.benchmarkId,
          sourceId: results.sourceId,
          sourceTitle: sources.shortTitle,
          tableLabel: results.tableLabel,
          metric: results.metric,
          setting: results.setting,
          value: results.value,
          valueAsPrinted: results.valueAsPrinted,
          unit: results.unit,
        })
        .from(results)
        .innerJoin(sources, eq(sources.id, results.sourceId))
        .where(and(eq(results.modelId, run.modelId), inArray(results.benchmarkId, benchmarkIds)))
        .orderBy(results.sourceId, results.tableLabel, results.position)
    : [];
  return { run, values, reported };
}

/** Hub ids and organizations of models, and organizations and links of sources, for the view exports. */
export async function getViewExportContext({ modelIds, sourceIds, db = getDb() }: { modelIds: string[]; sourceIds: string[]; db?: Database }) {
  const [modelRows, sourceRows] = await Promise.all([
    modelIds.length ? db.select({ id: models.id, organization: models.organization, hfRepos: models.hfRepos }).from(models).where(inArray(models.id, modelIds)) : [],
    sourceIds.length ? db.select({ id: sources.id, organization: sources.organization, url: sources.url }).from(sources).where(inArray(sources.id, sourceIds)) : [],
  ]);
  return {
    models: new Map(modelRows.map((m) => [m.id, { organization: m.organization, hfRepos: m.hfRepos }])),
    sources: new Map(sourceRows.map((s) => [s.id, { organization: s.organization, url: s.url }])),
  };
}
