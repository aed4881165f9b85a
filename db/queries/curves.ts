import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb, type Database } from '../client';
import { points, series } from '../schema';

export interface SeriesWithPoints {
  id: string;
  sourceId: string;
  figureGroup: string;
  figureTitle: string;
  runId: string;
  runLabel: string;
  modelId: string | null;
  benchmarkId: string;
  metric: string;
  unit: string;
  points: { step: number; value: number; valueAsPrinted: string }[];
}

/** The training curves of a source (optionally one figure group), each with its points in step order. */
export async function listSeries({
  sourceId,
  figureGroup,
  db = getDb(),
}: {
  sourceId: string;
  figureGroup?: string;
  db?: Database;
}): Promise<SeriesWithPoints[]> {
  const rows = await db
    .select({
      id: series.id,
      sourceId: series.sourceId,
      figureGroup: series.figureGroup,
      figureTitle: series.figureTitle,
      runId: series.runId,
      runLabel: series.runLabel,
      modelId: series.modelId,
      benchmarkId: series.benchmarkId,
      metric: series.metric,
      unit: series.unit,
    })
    .from(series)
    .where(and(eq(series.sourceId, sourceId), figureGroup ? eq(series.figureGroup, figureGroup) : undefined))
    .orderBy(asc(series.figureGroup), asc(series.runLabel), asc(series.benchmarkId), asc(series.metric));
  if (rows.length === 0) return [];
  const pointRows = await db
    .select()
    .from(points)
    .where(inArray(points.seriesId, rows.map((r) => r.id)))
    .orderBy(asc(points.seriesId), asc(points.step));
  const bySeries = new Map<string, SeriesWithPoints['points']>();
  for (const p of pointRows) {
    const list = bySeries.get(p.seriesId) ?? [];
    list.push({ step: p.step, value: p.value, valueAsPrinted: p.valueAsPrinted });
    bySeries.set(p.seriesId, list);
  }
  return rows.map((s) => ({ ...s, points: bySeries.get(s.id) ?? [] }));
}

export async function countSeries({ sourceId, db = getDb() }: { sourceId: string; db?: Database }): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(series).where(eq(series.sourceId, sourceId));
  return row?.n ?? 0;
}

export interface FigureGroup {
  id: string;
  /** The name readers see (the id where the source's seed names none). */
  title: string;
}

/** The figure groups a source's curves belong to, in id order. */
export async function listFigureGroups({ sourceId, db = getDb() }: { sourceId: string; db?: Database }): Promise<FigureGroup[]> {
  const rows = await db
    .selectDistinct({ id: series.figureGroup, title: series.figureTitle })
    .from(series)
    .where(eq(series.sourceId, sourceId))
    .orderBy(asc(series.figureGroup));
  return rows.map((r) => ({ id: r.id, title: r.title || r.id }));
}
