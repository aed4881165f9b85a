import type { NextRequest } from 'next/server';
import { searchPickableModels } from '@/db/queries/compare-models';
import { maxCompared } from '@/lib/compare';
import { badRequest, serverError } from '@/app/api/responses';

export const dynamic = 'force-dynamic';

/** How many suggestions the picker shows. */
const suggestionCount = 12;

/**
 * The compare picker's suggestions when the catalog is too large to send whole: models matching `q`
 * (lib/name-search's rule), leaving out the `exclude`d ones already chosen, at most 12, in catalog order.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const q = params.get('q') ?? '';
  const exclude = (params.get('exclude') ?? '').split(',').filter(Boolean);
  if (q.length > 100) return badRequest([{ param: 'q', message: 'q is longer than 100 characters' }]);
  if (exclude.length > maxCompared) return badRequest([{ param: 'exclude', message: `exclude names more than ${maxCompared} models` }]);
  try {
    const models = q.trim() ? await searchPickableModels({ q, exclude, limit: suggestionCount }) : [];
    return Response.json({ models: models.map(({ id, name, family }) => ({ id, name, family })) });
  } catch (error) {
    return serverError(error);
  }
}
