import { listResults } from '@/db/queries/results';
import { ResultsTable } from './results-table/data-table';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const rows = await listResults();
  return (
    <>
      <h1>Reported benchmark results</h1>
      <p className="lede">
        Every score below is exactly as printed in its source, with the table and page it came from. Marks: * measured
        by the reporting team with its own harness; † graded by an LLM judge or a table-specific mark (see flags).
      </p>
      <ResultsTable rows={rows} />
    </>
  );
}
