import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { getLeaderboardCatalog } from '@/db/queries/leaderboard-catalog';
import { queryLeaderboardViewExport, viewExportRowLimit } from '@/db/queries/leaderboard-export';
import { getViewExportContext } from '@/db/queries/runs';
import { parseLeaderboardView } from '@/lib/leaderboard/view-params-read';
import { leaderboardViewToEee, leaderboardViewToYaml } from '@/lib/runs/export-leaderboard-view';
import { badRequest, serverError } from '../../responses';

export const dynamic = 'force-dynamic';

const formats = ['eee', 'yaml'] as const;

/**
 * A leaderboard view (the same parameters as /) as Every Eval Ever JSON (an array of documents:
 * reported values as `documentation`, run values as `evaluation_run` with their evaluator relationship)
 * or Hugging Face .eval_results YAML. All pages of the view; runs only with runs=1.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const format = params.get('format');
  params.delete('format');
  if (!formats.includes(format as never)) return badRequest([{ param: 'format', message: 'format must be "eee" or "yaml"' }]);
  try {
    const db = getDb();
    const catalog = await getLeaderboardCatalog({ db, countUpTo: 0 });
    const { view, notices } = parseLeaderboardView(params, catalog.known);
    if (notices.length) return badRequest(notices.map((message) => ({ param: 'view', message })));
    const found = await queryLeaderboardViewExport({ db, view, benchmarks: catalog.benchmarks });
    if (!found) return badRequest([{ param: 'view', message: `the view has more than ${viewExportRowLimit} models; narrow it, or export with /api/results?format=${format}` }]);
    const context = await getViewExportContext({ modelIds: [...new Set(found.results.map((r) => r.modelId))], sourceIds: [...new Set(found.results.map((r) => r.sourceId))] });
    if (format === 'eee') {
      return Response.json(leaderboardViewToEee(found, context, new Date()), { headers: { 'content-disposition': 'attachment; filename="benchboard-view.eee.json"' } });
    }
    return new Response(leaderboardViewToYaml(found, context, (id) => new URL(`/runs/${id}`, request.url).toString()), {
      headers: { 'content-type': 'application/yaml; charset=utf-8', 'content-disposition': 'attachment; filename="benchboard-view.yaml"' },
    });
  } catch (error) {
    return serverError(error);
  }
}
