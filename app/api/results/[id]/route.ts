import { getResultWithSiblings } from '@/db/queries/results';
import { serverError } from '../../responses';

export const dynamic = 'force-dynamic';

const resultIdPattern = /^[0-9a-f]{16}$/;

/** One result with its full provenance, and the other values reported for the same model and benchmark. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!resultIdPattern.test(id)) return Response.json({ error: 'no result with that id' }, { status: 404 });
  try {
    const found = await getResultWithSiblings({ id });
    if (!found) return Response.json({ error: 'no result with that id' }, { status: 404 });
    return Response.json(found);
  } catch (error) {
    return serverError(error);
  }
}
