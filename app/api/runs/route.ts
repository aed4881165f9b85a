import { listRuns } from '@/db/queries/runs';
import { snakeKeys } from '@/lib/api-records';
import { readApiParams } from '@/lib/search-params/read';
import { runsParams } from '@/lib/search-params/runs';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** Every imported evaluation run (measured, not reported); ?model=<id> keeps one model's. */
export async function GET(request: Request): Promise<Response> {
  const { values, issues } = readApiParams(new URL(request.url).searchParams, runsParams);
  if (issues.length) return badRequest(issues);
  try {
    return Response.json(snakeKeys({ kind: 'measured', runs: await listRuns({ modelId: values.model }) }));
  } catch (error) {
    return serverError(error);
  }
}
