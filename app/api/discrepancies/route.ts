import type { NextRequest } from 'next/server';
import { listDiscrepancies } from '@/db/queries/discrepancies';
import { listFilterOptions } from '@/db/queries/filter-options';
import { discrepancyRecord } from '@/lib/api-records';
import { applyLedgerView, ledgerParamKeys, parseLedgerView } from '@/lib/ledger-params';
import { parseResultFilters, unknownFilterValues } from '@/lib/result-filters';
import { badRequest, serverError } from '../responses';

export const dynamic = 'force-dynamic';

/** Every model+benchmark reported with different values, each value with its source, table, metric and setting. */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const { filters, issues } = parseResultFilters(params, ledgerParamKeys.filter((k) => k !== 'page'));
  const { view, issues: viewIssues } = parseLedgerView(params);
  issues.push(...viewIssues);
  if (issues.length) return badRequest(issues);
  try {
    const unknown = unknownFilterValues(filters, await listFilterOptions());
    if (unknown.length) return badRequest(unknown);
    const groups = applyLedgerView(await listDiscrepancies({ filters }), view);
    return Response.json({ count: groups.length, discrepancies: groups.map(discrepancyRecord) });
  } catch (error) {
    return serverError(error);
  }
}
