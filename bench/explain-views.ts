import { sql, type SQL } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client';
import { getLeaderboardCatalog } from '../db/queries/leaderboard-catalog';
import { queryLeaderboardView } from '../db/queries/leaderboard-view';
import { parseLeaderboardView } from '../lib/leaderboard/view-params-read';

/**
 * `npx tsx bench/explain-views.ts [--plans] '' 'sort=average:desc' ...`: each leaderboard view's SQL
 * queries on the configured database, timed, and with --plans their EXPLAIN (ANALYZE, BUFFERS).
 */
const { values, positionals } = parseArgs({ allowPositionals: true, options: { plans: { type: 'boolean' } } });
const handle = openDatabase();
const db = handle.db;
const execute = db.execute.bind(db);
let log: { ms: number; plan: string }[] = [];
db.execute = (async (query: SQL) => {
  const t0 = performance.now();
  const result = await execute(query);
  const ms = performance.now() - t0;
  let plan = '';
  if (values.plans) {
    const explained = (await execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)) as unknown as { rows: Record<string, string>[] };
    plan = explained.rows.map((r) => Object.values(r)[0]).join('\n');
  }
  log.push({ ms, plan });
  return result;
}) as typeof db.execute;
try {
  const catalog = await getLeaderboardCatalog({ db, countUpTo: 0 });
  for (const query of positionals.length ? positionals : ['']) {
    const { view } = parseLeaderboardView(new URLSearchParams(query), catalog.known);
    log = [];
    const t0 = performance.now();
    const w = await queryLeaderboardView({ db, view, benchmarks: catalog.benchmarks });
    const total = performance.now() - t0;
    console.log(`/?${query}  ${total.toFixed(0)} ms in all; ${w.rowCount} rows; queries: ${log.map((l) => l.ms.toFixed(0)).join(' + ')} ms`);
    for (const l of log) if (l.plan) console.log(`${l.plan}\n`);
  }
} finally {
  await handle.close();
}
