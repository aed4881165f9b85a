import { getResultWithSiblings } from '@/db/queries/results';
import { uncertaintyOf } from '@/lib/result-uncertainty';
import type { ResultView } from '@/lib/result-view';
import { isResultId } from '@/lib/slug';
import { serverError } from '../../responses';

export const dynamic = 'force-dynamic';

/** One result with its full provenance, and the other values reported for the same model and benchmark. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!isResultId(id)) return Response.json({ error: 'no result with that id' }, { status: 404 });
  try {
    const found = await getResultWithSiblings({ id });
    if (!found) return Response.json({ error: 'no result with that id' }, { status: 404 });
    return Response.json({ ...found, result: withUncertainty(found.result), others: found.others.map(withUncertainty) });
  } catch (error) {
    return serverError(error);
  }
}

/** The derived interval fields, named as in the export (null where none applies). */
function withUncertainty(r: ResultView) {
  const u = uncertaintyOf(r);
  return { ...r, items: u.items, samples_averaged: u.samples, ci95_low: u.ci95Low, ci95_high: u.ci95High, ci_method: u.ciMethod };
}
