import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  benchmarks,
  dataVersion,
  models,
  points,
  results,
  series,
  sources,
  sourceTables,
  type NewModel,
  type NewResult,
  type NewSourceTable,
} from '../../db/schema';
import type { SeedBundle } from './read-seeds';
import { noChanges, upsertChanged, type ChangeCount, type Transaction } from './write-rows';

export type ChangeSummary = Record<'models' | 'benchmarks' | 'sources' | 'tables' | 'results' | 'series' | 'points', ChangeCount>;

class DryRunRollback extends Error {}

/** Base models before the models trained from them, so one batch never references a later row. */
function lineageOrder(rows: NewModel[]): NewModel[] {
  const byId = new Map(rows.map((m) => [m.id, m]));
  const depth = (m: NewModel, seen = new Set<string>()): number => {
    const base = m.baseModelId ? byId.get(m.baseModelId) : undefined;
    if (!base || seen.has(m.id)) return 0;
    seen.add(m.id);
    return 1 + depth(base, seen);
  };
  return [...rows].sort((a, b) => depth(a) - depth(b));
}

function changed(summary: Partial<Record<string, ChangeCount>>): boolean {
  return Object.values(summary).some((c) => c !== undefined && c.inserted + c.updated + c.deleted > 0);
}

/** One key for every write of seeds and imports: on PostgreSQL they take turns, whichever process runs them. */
const writeLockKey = 0x62656e63; // "benc"

/**
 * Runs `work` in one transaction; with dryRun the transaction is rolled back after counting.
 * Writers queue on one advisory lock first, so concurrent runs never read what another is changing;
 * a write that changed anything bumps the data version, in the same transaction.
 */
export async function inTransaction<T extends Partial<Record<string, ChangeCount>>>(db: Database, dryRun: boolean, work: (tx: Transaction) => Promise<T>): Promise<T> {
  let outcome: T | undefined;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${writeLockKey})`);
      outcome = await work(tx);
      if (dryRun) throw new DryRunRollback();
      if (changed(outcome)) {
        await tx
          .insert(dataVersion)
          .values({ id: 1, version: 1 })
          .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } });
      }
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return outcome as T;
}

/**
 * Makes the database hold exactly the seed folder's data: upserts what changed and removes the
 * folder's results and curves that are no longer in its files (every other row, imports included, is kept).
 */
export function writeSeedBundle(db: Database, bundle: SeedBundle, options: { dryRun?: boolean } = {}): Promise<ChangeSummary> {
  return inTransaction(db, options.dryRun ?? false, async (tx) => {
    const summary: ChangeSummary = {
      models: await upsertChanged(tx, models, [models.id], lineageOrder(bundle.models), await tx.select().from(models)),
      benchmarks: await upsertChanged(tx, benchmarks, [benchmarks.id], bundle.benchmarks, await tx.select().from(benchmarks)),
      sources: await upsertChanged(tx, sources, [sources.id], bundle.sources, await tx.select().from(sources)),
      tables: await upsertChanged(
        tx,
        sourceTables,
        [sourceTables.sourceId, sourceTables.label],
        bundle.sourceTables,
        await tx.select().from(sourceTables),
      ),
      results: noChanges(),
      series: noChanges(),
      points: noChanges(),
    };

    const fromThisFolder = (origin: typeof results.origin | typeof series.origin) => sql`starts_with(${origin}, ${`${bundle.folder}/`})`;
    const seededResults = await tx.select().from(results).where(fromThisFolder(results.origin));
    summary.results = await upsertChanged(tx, results, [results.id], bundle.results, seededResults);
    const keepResults = new Set(bundle.results.map((r) => r.id));
    const staleResults = seededResults.filter((r) => !keepResults.has(r.id)).map((r) => r.id);
    for (let i = 0; i < staleResults.length; i += 500) {
      await tx.delete(results).where(inArray(results.id, staleResults.slice(i, i + 500)));
    }
    summary.results.deleted = staleResults.length;

    const seededSeries = await tx.select().from(series).where(fromThisFolder(series.origin));
    summary.series = await upsertChanged(tx, series, [series.id], bundle.curves.series, seededSeries);
    const keepSeries = bundle.curves.series.map((s) => s.id);
    const staleSeries = seededSeries.filter((s) => !keepSeries.includes(s.id)).map((s) => s.id);
    if (staleSeries.length) await tx.delete(series).where(inArray(series.id, staleSeries));
    summary.series.deleted = staleSeries.length;

    const seededPoints = keepSeries.length
      ? await tx.select().from(points).where(inArray(points.seriesId, keepSeries))
      : [];
    summary.points = await upsertChanged(tx, points, [points.seriesId, points.step], bundle.curves.points, seededPoints);
    const keepPoints = new Set(bundle.curves.points.map((p) => `${p.seriesId}\u001f${p.step}`));
    const stalePoints = seededPoints.filter((p) => !keepPoints.has(`${p.seriesId}\u001f${p.step}`));
    // One delete per series, not one per point.
    const staleSteps = new Map<string, number[]>();
    for (const p of stalePoints) staleSteps.set(p.seriesId, [...(staleSteps.get(p.seriesId) ?? []), p.step]);
    for (const [seriesId, steps] of staleSteps) {
      await tx.delete(points).where(and(eq(points.seriesId, seriesId), inArray(points.step, steps)));
    }
    summary.points.deleted = stalePoints.length;
    return summary;
  });
}

/** Adds or updates a user's results (and any new tables they name); never deletes anything. */
export function writeImport(
  db: Database,
  rows: { results: NewResult[]; newTables: NewSourceTable[] },
  options: { dryRun?: boolean } = {},
): Promise<Pick<ChangeSummary, 'tables' | 'results'>> {
  return inTransaction(db, options.dryRun ?? false, async (tx) => {
    const ids = rows.results.map((r) => r.id);
    const existing = ids.length ? await tx.select().from(results).where(inArray(results.id, ids)) : [];
    const tables = await upsertChanged(tx, sourceTables, [sourceTables.sourceId, sourceTables.label], rows.newTables, []);
    return { tables, results: await upsertChanged(tx, results, [results.id], rows.results, existing) };
  });
}
