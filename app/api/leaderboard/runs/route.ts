import type { NextRequest } from 'next/server';
import { listShownRunValues } from '@/db/queries/leaderboard-runs';
import { packRunValues } from '@/lib/leaderboard/packed';
import { wholeDatasetResponse } from '../whole-dataset';

export const dynamic = 'force-dynamic';

/**
 * The run value each leaderboard cell shows with "include runs" (the newest run per model and
 * benchmark), packed; the leaderboard fetches it beside /api/leaderboard only once a view includes runs.
 */
export function GET(request: NextRequest): Promise<Response> {
  return wholeDatasetResponse(request, 'the leaderboard pages runs on the server', async (db) => JSON.stringify(packRunValues(await listShownRunValues(db))));
}
