import { getLeaderboardData, getPackedLeaderboardData } from '@/db/queries/leaderboard';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { leaderboardValueLimit } from '@/lib/browser-limits';
import type { LeaderboardPayload } from '@/lib/leaderboard/payload';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params';
import { Leaderboard } from './leaderboard/leaderboard';
import { leaderboardWindow } from './leaderboard/window';

export const dynamic = 'force-dynamic';

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const data = await getLeaderboardData();
  const { view, notices } = parseLeaderboardView(await searchParams, knownValuesOf(data));
  // Small datasets go to the browser whole (no round trip per filter); large ones one page at a time.
  const payload: LeaderboardPayload =
    data.values.length <= leaderboardValueLimit() ? { kind: 'complete', packed: await getPackedLeaderboardData() } : leaderboardWindow(data, view);
  return (
    <>
      <h1>Leaderboard of reported scores</h1>
      <p className="lede">
        Each score is exactly as its source printed it; activate one to see the source, table, page, metric and setting.
        Marks: <span className="mark">*</span> measured by the reporting team itself, <span className="mark">†</span> a
        table-specific mark (LLM-judged, perplexity-scored or full set), <span className="multi">+n</span> more values
        reported elsewhere. When several values exist the cell shows the model makers&apos; own report first, then the newest source.
      </p>
      <Leaderboard payload={payload} initialView={view} notices={notices} />
    </>
  );
}
