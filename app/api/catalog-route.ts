import type { NextRequest } from 'next/server';
import { listFilterOptions } from '@/db/queries/filter-options';
import { parseResultFilters, unknownFilterValues, type ListFilterKey, type ResultFilters } from '@/lib/result-filters';
import { badRequest, serverError } from './responses';

/** A read-only JSON list endpoint: validates its filters (400 naming the parameter), then lists. */
export function catalogRoute<T>(name: string, listKeys: ListFilterKey[], list: (filters: ResultFilters) => Promise<T[]>) {
  return async function GET(request: NextRequest): Promise<Response> {
    const { filters, issues } = parseResultFilters(request.nextUrl.searchParams, [], listKeys);
    if (issues.length) return badRequest(issues);
    try {
      const unknown = unknownFilterValues(filters, await listFilterOptions());
      if (unknown.length) return badRequest(unknown);
      const items = await list(filters);
      return Response.json({ count: items.length, [name]: items });
    } catch (error) {
      return serverError(error);
    }
  };
}
