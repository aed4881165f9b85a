/** The search-params schema of /api/leaderboard (the whole packed dataset): only the data version it was asked for. */
import * as z from 'zod/mini';
import { one } from './read';

export const leaderboardDataParams = {
  version: one(z.string().check(z.regex(/^\d{1,12}$/, 'version must be a whole number'))),
};
