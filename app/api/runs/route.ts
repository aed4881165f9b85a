import { listRuns } from '@/db/queries/runs';
import { snakeKeys } from '@/lib/api-records';
import { isSlug } from '@/lib/slug';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** Every imported evaluation run (measured, not reported); ?model=<id> keeps one model's. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const unknown = [...new Set(params.keys())].filter((k) => k !== 'model');
  if (unknown.length) return badRequest(unknown.map((param) => ({ param, message: `unknown parameter "${param}"` })));
  const model = params.get('model');
  if (model !== null && !isSlug(model)) return badRequest([{ param: 'model', message: 'model must be a model id' }]);
  try {
    return Response.json(snakeKeys({ kind: 'measured', runs: await listRuns({ modelId: model ?? undefined }) }));
  } catch (error) {
    return serverError(error);
  }
}
