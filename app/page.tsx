import { getDb } from '@/db/client';
import { getLeaderboardCatalog } from '@/db/queries/leaderboard-catalog';
import { queryLeaderboardView } from '@/db/queries/leaderboard-view';
import { readDataVersion } from '@/db/queries/version-cache';
import { fullDataAddress, leaderboardValueLimit } from '@/lib/browser-limits';
import { packLeaderboardPayload } from '@/lib/leaderboard/payload';
import { leaderboardAliases, parseLeaderboardView } from '@/lib/leaderboard/view-params-read';
import { canonicalAddress } from '@/lib/search-params/read';
import { permanentRedirect } from 'next/navigation';
import { MissionView } from './home/mission-view';
import { Leaderboard } from './leaderboard/leaderboard';

export const dynamic = 'force-dynamic';

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const db = getDb();
  const params = await searchParams;
  // An old spelling (comparable=1, same_setting=true) moves for good to the canonical address of the same view.
  const canonical = canonicalAddress('/', params, leaderboardAliases);
  if (canonical) permanentRedirect(canonical);
  // The bare address opens on the papers' headline numbers; any leaderboard view (a URL with parameters) opens on the leaderboard.
  const home = Object.keys(params).length === 0;
  const [version, catalog] = await Promise.all([readDataVersion(db), getLeaderboardCatalog({ db, countUpTo: leaderboardValueLimit() })]);
  const { view, notices } = parseLeaderboardView(params, catalog.known);
  // The database builds the page asked for; a small dataset then follows whole, fetched by the browser after load.
  const window = await queryLeaderboardView({ db, view, benchmarks: catalog.benchmarks });
  const packedPayload = packLeaderboardPayload({ ...window, choices: catalog.choices, fullData: fullDataAddress(catalog.valueCount, version) });
  const Title = home ? 'h2' : 'h1';
  return (
    <>
      {home && <MissionView db={db} />}
      <Title id="leaderboard">Leaderboard of reported scores</Title>
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
        <p>
          With <em>Include my runs</em>, a cell also shows the value measured by the newest imported evaluation run
          (<span className="run-mark">◇</span><em>run</em>, dashed), even where nothing is reported. A run value is never a report: it
          does not sort, average, or add rows or columns; those stay the reported values&apos;.
        </p>
      </details>
      <Leaderboard packedPayload={packedPayload} initialView={view} notices={notices} />
    </>
  );
}
