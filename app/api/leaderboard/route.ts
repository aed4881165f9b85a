import type { NextRequest } from 'next/server';
import { getPackedLeaderboardJson } from '@/db/queries/leaderboard';
import { wholeDatasetResponse } from './whole-dataset';

export const dynamic = 'force-dynamic';

/**
 * The whole leaderboard dataset, packed (lib/leaderboard/packed), which the leaderboard page loads
 * after it has shown its first page so that later filtering and sorting need no round trip.
 */
export function GET(request: NextRequest): Promise<Response> {
  return wholeDatasetResponse(request, 'page through / or use /api/results', (db) => getPackedLeaderboardJson({ db }));
}
