import type { NextRequest } from 'next/server';
import { getDb, type Database } from '@/db/client';
import { countResultsUpTo } from '@/db/queries/leaderboard-catalog';
import { readDataVersion } from '@/db/queries/version-cache';
import { fullDataAddress, leaderboardValueLimit } from '@/lib/browser-limits';
import { leaderboardDataParams } from '@/lib/search-params/leaderboard-data';
import { readApiParams } from '@/lib/search-params/read';
import { badRequest, serverError } from '../responses';

/**
 * A whole-dataset answer for the browser's leaderboard (the dataset, or its shown run values): offered
 * only while the dataset goes to the browser whole, and with `version` equal to the current data
 * version cached for good (new data gets a new version, and so a new address).
 */
export async function wholeDatasetResponse(request: NextRequest, tooLarge: string, body: (db: Database) => Promise<string>): Promise<Response> {
  const { values, issues } = readApiParams(request.nextUrl.searchParams, leaderboardDataParams);
  if (issues.length) return badRequest(issues);
  try {
    const db = getDb();
    const version = await readDataVersion(db);
    if (fullDataAddress(await countResultsUpTo({ db, limit: leaderboardValueLimit() }), version) === null) {
      return Response.json({ error: `the dataset is too large to send whole; ${tooLarge}` }, { status: 404 });
    }
    const lasting = values.version === String(version);
    return new Response(await body(db), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': lasting ? 'public, max-age=31536000, immutable' : 'no-cache' },
    });
  } catch (error) {
    return serverError(error);
  }
}
