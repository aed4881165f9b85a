import type { NextRequest } from 'next/server';
import { listDiscrepancies } from '@/db/queries/discrepancies';
import { listFilterOptions } from '@/db/queries/filter-options';
import { toExportRecord } from '@/lib/export-columns';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** Every model+benchmark reported with different values, each value with its source, table, metric and setting. */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const { filters, issues } = parseResultFilters(params, ['same_setting']);
  const sameSetting = params.get('same_setting');
  if (sameSetting !== null && sameSetting !== 'true' && sameSetting !== 'false') {
    issues.push({ param: 'same_setting', message: 'same_setting must be "true" or "false"' });
  }
  if (issues.length) return badRequest(issues);
  try {
    const unknown = unknownFilterValues(filters, await listFilterOptions());
    if (unknown.length) return badRequest(unknown);
    const groups = (await listDiscrepancies({ filters })).filter(
      (d) => sameSetting === null || d.differsAtSameSetting === (sameSetting === 'true'),
    );
    return Response.json({
      count: groups.length,
      discrepancies: groups.map(({ results, ...group }) => ({ ...group, results: results.map(toExportRecord) })),
    });
  } catch (error) {
    return serverError(error);
  }
}
