import type { NextRequest } from 'next/server';
import { listFilterOptions } from '@/db/queries/filter-options';
import { listResults } from '@/db/queries/results';
import { exportAllResults } from '@/db/queries/results-export';
import { getViewExportContext } from '@/db/queries/runs';
import { resultsToEee, resultsToEvalResultsYaml } from '@/lib/runs/export-view';
import { isExportFormat, resultsCsvChunks, resultsToJson } from '@/lib/export-format';
import type { ResultView } from '@/lib/result-view';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

const csvHeaders = { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="benchboard-results.csv"' };
const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

/** Every result matching the filters, as CSV or JSON (the export contract's columns and order). */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  const { filters, issues } = parseResultFilters(params, ['format']);
  const interchange = format === 'eee' || format === 'yaml';
  if (!isExportFormat(format) && !interchange) return badRequest([{ param: 'format', message: 'format must be "csv", "json", "eee" or "yaml"' }, ...issues]);
  if (issues.length) return badRequest(issues);
  try {
    if (interchange) return await interchangeExport(format, filters);
    const headers = format === 'csv' ? csvHeaders : jsonHeaders;
    if (Object.keys(filters).length === 0) return new Response(await exportAllResults({ format }), { headers });
    const unknown = unknownFilterValues(filters, await listFilterOptions());
    if (unknown.length) return badRequest(unknown);
    const rows = await listResults({ filters });
    if (format === 'csv') {
      return new Response(csvStream(rows), { headers });
    }
    return new Response(resultsToJson(rows), { headers });
  } catch (error) {
    return serverError(error);
  }
}

/** The view as Every Eval Ever documents (a JSON array, one per model and source) or .eval_results YAML (one document per model). */
async function interchangeExport(format: 'eee' | 'yaml', filters: ReturnType<typeof parseResultFilters>['filters']): Promise<Response> {
  if (Object.keys(filters).length) {
    const unknown = unknownFilterValues(filters, await listFilterOptions());
    if (unknown.length) return badRequest(unknown);
  }
  const rows = await listResults({ filters });
  const context = await getViewExportContext({ modelIds: [...new Set(rows.map((r) => r.modelId))], sourceIds: [...new Set(rows.map((r) => r.sourceId))] });
  if (format === 'eee') return Response.json(resultsToEee(rows, context, new Date()), { headers: { 'content-disposition': 'attachment; filename="benchboard-results.eee.json"' } });
  return new Response(resultsToEvalResultsYaml(rows, context), {
    headers: { 'content-type': 'application/yaml; charset=utf-8', 'content-disposition': 'attachment; filename="benchboard-results.yaml"' },
  });
}

/** Writes the CSV in batches of lines as the client reads, instead of building one large string. */
function csvStream(rows: ResultView[]): ReadableStream<Uint8Array> {
  const lines = resultsCsvChunks(rows);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      let batch = '';
      for (let i = 0; i < 500; i += 1) {
        const next = lines.next();
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
      }
      controller.enqueue(encoder.encode(batch));
    },
  });
}
