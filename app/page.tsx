import { getDb } from '@/db/client';
import { getLeaderboardData } from '@/db/queries/leaderboard';
import { readDataVersion } from '@/db/queries/version-cache';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { fullDataAddress } from '@/lib/browser-limits';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params';
import { Leaderboard } from './leaderboard/leaderboard';
import { packedLeaderboardPayload } from './leaderboard/window';

export const dynamic = 'force-dynamic';

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const version = await readDataVersion(db);
  const data = await getLeaderboardData({ db, version });
  const { view, notices } = parseLeaderboardView(await searchParams, knownValuesOf(data));
  // The first page is built here; a small dataset then follows whole, fetched by the browser after load.
  const packedPayload = packedLeaderboardPayload(data, view, fullDataAddress(data.values.length, version));
  return (
    <>
      <h1>Leaderboard of reported scores</h1>
      <p className="lede">
        Each score is exactly as its source printed it; activate one to see the source, table, page, metric and setting.
      </p>
      <details className="legend">
        <summary>Marks, and which value a cell shows</summary>
        <p>
          <span className="mark">*</span> measured by the reporting team itself, <span className="mark">†</span> a table-specific
          mark (LLM-judged, perplexity-scored or full set), <span className="multi">+n</span> more values reported elsewhere.
          When several values exist the cell shows the model makers&apos; own report first, then the newest source. The average
          ranks complete rows (every averaged column) first; a partial average, in grey with its coverage, ranks after them.
        </p>
      </details>
      <Leaderboard packedPayload={packedPayload} initialView={view} notices={notices} />
    </>
  );
}
