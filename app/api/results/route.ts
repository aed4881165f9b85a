import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { listFilterOptions } from '@/db/queries/filter-options';
import { listResults } from '@/db/queries/results';
import { getViewExportContext } from '@/db/queries/runs';
import { resultsToEee, resultsToEvalResultsYaml } from '@/lib/runs/export-view';
import { keptWholeExport } from '@/db/queries/results-export';
import { resultBatches } from '@/db/queries/results-stream';
import { byteStream, csvChunks, jsonChunks } from '@/lib/export-stream';
import { unknownFilterValues, type ResultFilters } from '@/lib/result-filters';
import { parseResultsQuery } from '@/lib/search-params/results';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

const csvHeaders = { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="benchboard-results.csv"' };
const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

/** Every result matching the filters, as CSV or JSON (the export contract's columns and order), streamed from the database. */
export async function GET(request: NextRequest): Promise<Response> {
  const { format, filters, issues } = parseResultsQuery(request.nextUrl.searchParams);
  if (issues.length) return badRequest(issues);
  try {
    if (format === 'eee' || format === 'yaml') return await interchangeExport(format, filters);
    if (Object.keys(filters).length) {
      const unknown = unknownFilterValues(filters, await listFilterOptions());
      if (unknown.length) return badRequest(unknown);
    } else {
      const kept = await keptWholeExport({ format });
      if (kept !== null) return new Response(kept, { headers: format === 'csv' ? csvHeaders : jsonHeaders });
    }
    const batches = resultBatches(getDb(), filters);
    const chunks = format === 'csv' ? csvChunks(batches) : jsonChunks(batches);
    // The first chunk is read here, so a failing query still answers 500 rather than a broken stream.
    const first = await chunks.next();
    const rest = (async function* () {
      if (!first.done) yield first.value;
      yield* chunks;
    })();
    return new Response(byteStream(rest), { headers: format === 'csv' ? csvHeaders : jsonHeaders });
  } catch (error) {
    return serverError(error);
  }
}

/** The view as Every Eval Ever documents (a JSON array, one per model and source) or .eval_results YAML (one document per model). */
async function interchangeExport(format: 'eee' | 'yaml', filters: ResultFilters): Promise<Response> {
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
