import type { Metadata } from 'next';
import { listRuns } from '@/db/queries/runs';
import { RunsTable } from './runs-table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Evaluation runs' };

export default async function RunsPage() {
  const runs = await listRuns();
  return (
    <>
      <h1>Evaluation runs</h1>
      <p className="muted">
        Numbers someone measured with an evaluation harness (lm-evaluation-harness, lighteval, Every Eval Ever files), each shown beside what papers
        reported for the same model and benchmark. A run is not a report: its values never fill a leaderboard cell. Add one with{' '}
        <code>npm run import -- FILE --format lm-eval --run-name NAME</code>.
      </p>
      {runs.length ? <RunsTable runs={runs} caption="Every imported run" /> : <p data-testid="no-runs">No run has been imported yet.</p>}
    </>
  );
}
