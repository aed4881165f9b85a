import { getRun } from '@/db/queries/runs';
import { isRunId } from '@/lib/runs/run-id';
import { runToEee } from '@/lib/runs/export-eee';
import { runToEvalResultsYaml } from '@/lib/runs/export-hf-yaml';
import { runRecord } from '@/lib/runs/run-view';
import { readParams } from '@/lib/search-params/read';
import { runParams } from '@/lib/search-params/runs';
import { badRequest, serverError } from '../../responses';

export const dynamic = 'force-dynamic';

/** One run beside the reported values for the same model and benchmarks; ?format=eee or yaml exports it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  // Other parameters are ignored here, as before: only a bad format is refused.
  const { values, issues } = readParams(new URL(request.url).searchParams, runParams);
  if (issues.length) return badRequest(issues);
  const format = values.format ?? 'json';
  if (!isRunId(id)) return Response.json({ error: 'no run with that id' }, { status: 404 });
  try {
    const found = await getRun({ id });
    if (!found) return Response.json({ error: 'no run with that id' }, { status: 404 });
    if (format === 'eee') {
      return Response.json(runToEee(found, new Date()), { headers: { 'content-disposition': `attachment; filename="${id}.eee.json"` } });
    }
    if (format === 'yaml') {
      const url = new URL(`/runs/${id}`, request.url).toString();
      return new Response(runToEvalResultsYaml(found, url), {
        headers: { 'content-type': 'application/yaml; charset=utf-8', 'content-disposition': `attachment; filename="${id}.yaml"` },
      });
    }
    return Response.json(runRecord(found.run, found.values, found.reported));
  } catch (error) {
    return serverError(error);
  }
}
