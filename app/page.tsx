import { getLeaderboardData, getPackedLeaderboardData } from '@/db/queries/leaderboard';
import { knownValuesOf } from '@/lib/leaderboard/known-values';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params';
import { Leaderboard } from './leaderboard/leaderboard';

export const dynamic = 'force-dynamic';

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [data, packed] = await Promise.all([getLeaderboardData(), getPackedLeaderboardData()]);
  const { view, notices } = parseLeaderboardView(await searchParams, knownValuesOf(data));
  return (
    <>
      <h1>Leaderboard of reported scores</h1>
      <p className="lede">
        Each score is exactly as its source printed it; activate one to see the source, table, page, metric and setting.
        Marks: <span className="mark">*</span> measured by the reporting team itself, <span className="mark">†</span> a
        table-specific mark (LLM-judged, perplexity-scored or full set), <span className="multi">+n</span> more values
        reported elsewhere. When several values exist the cell shows the model makers&apos; own report first, then the newest source.
      </p>
      <Leaderboard packed={packed} initialView={view} notices={notices} />
    </>
  );
}
