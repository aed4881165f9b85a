import { listRuns } from '@/db/queries/runs';
import { isSlug } from '@/lib/slug';
import { serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** Every imported evaluation run (measured, not reported); ?model=<id> keeps one model's. */
export async function GET(request: Request): Promise<Response> {
  const model = new URL(request.url).searchParams.get('model');
  if (model !== null && !isSlug(model)) return Response.json({ error: 'model must be a model id' }, { status: 400 });
  try {
    return Response.json({ kind: 'measured', runs: await listRuns({ modelId: model ?? undefined }) });
  } catch (error) {
    return serverError(error);
  }
}
