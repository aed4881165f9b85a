import { getResultWithSiblings } from '@/db/queries/results';
import { resultRecord } from '@/lib/api-records';
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
    return Response.json({ result: resultRecord(found.result), others: found.others.map(resultRecord), bibtex: found.bibtex });
  } catch (error) {
    return serverError(error);
  }
}
