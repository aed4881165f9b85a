import { getDb } from '@/db/client';
import { getLeaderboardData } from '@/db/queries/leaderboard';
import { readDataVersion } from '@/db/queries/version-cache';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { fullDataAddress } from '@/lib/browser-limits';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params';
import { MissionView } from './home/mission-view';
import { Leaderboard } from './leaderboard/leaderboard';
import { packedLeaderboardPayload } from './leaderboard/window';

export const dynamic = 'force-dynamic';

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const version = await readDataVersion(db);
  const data = await getLeaderboardData({ db, version });
  const params = await searchParams;
  // The bare address opens on the papers' headline numbers; any leaderboard view (a URL with parameters) opens on the leaderboard.
  const home = Object.keys(params).length === 0;
  const { view, notices } = parseLeaderboardView(params, knownValuesOf(data));
  // The first page is built here; a small dataset then follows whole, fetched by the browser after load.
  const packedPayload = packedLeaderboardPayload(data, view, fullDataAddress(data.values.length, version));
  const Title = home ? 'h2' : 'h1';
  return (
    <>
      {home && <MissionView db={db} />}
      <Title id="leaderboard">Leaderboard of reported scores</Title>
      <p className="lede">
        Each score is exactly as its source printed it; activate one to see the source, table, page, metric and setting.
        Marks: <span className="mark">*</span> measured by the reporting team itself, <span className="mark">†</span> a
        table-specific mark (LLM-judged, perplexity-scored or full set), <span className="multi">+n</span> more values
        reported elsewhere. When several values exist the cell shows the model makers&apos; own report first, then the newest source.
      </p>
      <Leaderboard packedPayload={packedPayload} initialView={view} notices={notices} />
    </>
  );
}
