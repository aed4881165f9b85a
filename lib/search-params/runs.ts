/** The search-params schemas of /api/runs (which model) and /api/runs/[id] (which export format). */
import * as z from 'zod/mini';
import { isSlug } from '../slug';
import { one } from './read';

export const runsParams = {
  model: one(z.string().check(z.refine(isSlug, 'model must be a model id'))),
};

export const runFormats = ['json', 'eee', 'yaml'] as const;

export const runParams = {
  format: one(z.enum(runFormats, { error: `format must be one of ${runFormats.join(', ')}` })),
};
