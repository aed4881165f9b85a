import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getPackedLeaderboardJson } from '@/db/queries/leaderboard';
import { countResultsUpTo } from '@/db/queries/leaderboard-catalog';
import { readDataVersion } from '@/db/queries/version-cache';
import { fullDataAddress, leaderboardValueLimit } from '@/lib/browser-limits';
import { readApiParams } from '@/lib/search-params/read';
import { leaderboardDataParams } from '@/lib/search-params/leaderboard-data';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

/**
 * The whole leaderboard dataset, packed (lib/leaderboard/packed), which the leaderboard page loads
 * after it has shown its first page so that later filtering and sorting need no round trip. Offered
 * only up to the browser limit. With `version` equal to the current data version the answer may be
 * cached for good: new data gets a new version, and so a new address.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { values, issues } = readApiParams(request.nextUrl.searchParams, leaderboardDataParams);
  if (issues.length) return badRequest(issues);
  const requested = values.version ?? null;
  try {
    const db = getDb();
    const version = await readDataVersion(db);
    if (fullDataAddress(await countResultsUpTo({ db, limit: leaderboardValueLimit() }), version) === null) {
      return Response.json({ error: 'the dataset is too large to send whole; page through / or use /api/results' }, { status: 404 });
    }
    const body = await getPackedLeaderboardJson({ db });
    const lasting = requested === String(version);
    return new Response(body, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': lasting ? 'public, max-age=31536000, immutable' : 'no-cache' },
    });
  } catch (error) {
    return serverError(error);
  }
}
