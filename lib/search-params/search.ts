/** The search-params schema of /search: the words searched for. */
import * as z from 'zod/mini';
import { withoutControlCharacters } from '../result-filters';
import { one, readPageParams, type SearchParamsInput } from './read';

const maxSearchLength = 100;

export const searchParams = {
  // Typed text is forgiven: control characters go and only the first 100 characters are searched.
  q: one(z.pipe(z.string(), z.transform((raw: string) => withoutControlCharacters(raw).trim()))),
};

export function parseSearchView(input: SearchParamsInput): { q: string; notices: string[] } {
  const { values, notices } = readPageParams(input, searchParams);
  const q = values.q ?? '';
  if (q.length > maxSearchLength) notices.push(`Searched the first ${maxSearchLength} characters of a longer text.`);
  return { q: q.slice(0, maxSearchLength).trim(), notices };
}
