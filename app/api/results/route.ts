import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { listFilterOptions } from '@/db/queries/filter-options';
import { resultBatches } from '@/db/queries/results-stream';
import { isExportFormat } from '@/lib/export-format';
import { byteStream, csvChunks, jsonChunks } from '@/lib/export-stream';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

const csvHeaders = { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="benchboard-results.csv"' };
const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };

/** Every result matching the filters, as CSV or JSON (the export contract's columns and order), streamed from a cursor. */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  const { filters, issues } = parseResultFilters(params, ['format']);
  if (!isExportFormat(format)) return badRequest([{ param: 'format', message: 'format must be "csv" or "json"' }, ...issues]);
  if (issues.length) return badRequest(issues);
  try {
    if (Object.keys(filters).length) {
      const unknown = unknownFilterValues(filters, await listFilterOptions());
      if (unknown.length) return badRequest(unknown);
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
