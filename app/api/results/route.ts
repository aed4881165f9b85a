import type { NextRequest } from 'next/server';
import { listFilterOptions } from '@/db/queries/filter-options';
import { listResults } from '@/db/queries/results';
import { isExportFormat, resultsToCsv, resultsToJson } from '@/lib/export-format';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** Every result matching the filters, as CSV or JSON (the export contract's columns and order). */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const format = params.get('format') ?? 'json';
  const { filters, issues } = parseResultFilters(params, ['format']);
  if (!isExportFormat(format)) issues.unshift({ param: 'format', message: 'format must be "csv" or "json"' });
  if (issues.length) return badRequest(issues);
  try {
    const unknown = unknownFilterValues(filters, await listFilterOptions());
    if (unknown.length) return badRequest(unknown);
    const rows = await listResults({ filters });
    if (format === 'csv') {
      return new Response(resultsToCsv(rows), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="benchboard-results.csv"',
        },
      });
    }
    return new Response(resultsToJson(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  } catch (error) {
    return serverError(error);
  }
}
