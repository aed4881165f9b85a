import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { countResultsUpTo } from '@/db/queries/leaderboard-catalog';
import { listShownRunValues } from '@/db/queries/leaderboard-runs';
import { readDataVersion } from '@/db/queries/version-cache';
import { fullDataAddress, leaderboardValueLimit } from '@/lib/browser-limits';
import { packRunValues } from '@/lib/leaderboard/packed';
import { badRequest, serverError } from '../../responses';

export const dynamic = 'force-dynamic';

/**
 * The run value each leaderboard cell shows with "include runs" (the newest run per model and
 * benchmark), packed; the leaderboard fetches it beside /api/leaderboard only once a view includes
 * runs. Offered while the whole dataset goes to the browser; cached for good at the current version.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const unknown = [...new Set(params.keys())].filter((k) => k !== 'version');
  if (unknown.length) return badRequest(unknown.map((param) => ({ param, message: `unknown parameter "${param.slice(0, 40)}"` })));
  const requested = params.get('version');
  if (requested !== null && !/^\d{1,12}$/.test(requested)) return badRequest([{ param: 'version', message: 'version must be a whole number' }]);
  try {
    const db = getDb();
    const version = await readDataVersion(db);
    if (fullDataAddress(await countResultsUpTo({ db, limit: leaderboardValueLimit() }), version) === null) {
      return Response.json({ error: 'the dataset is too large to send whole; the leaderboard pages runs on the server' }, { status: 404 });
    }
    const body = JSON.stringify(packRunValues(await listShownRunValues(db)));
    const lasting = requested === String(version);
    return new Response(body, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': lasting ? 'public, max-age=31536000, immutable' : 'no-cache' },
    });
  } catch (error) {
    return serverError(error);
  }
}
