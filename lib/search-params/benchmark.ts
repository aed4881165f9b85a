/** The search-params schema of /benchmarks/[id]: the page of values, when the list is paged on the server. */
import { pageNumber, readPageParams, short, type SearchParamsInput } from './read';

const benchmarkPageParams = {
  page: pageNumber((text) => `Ignored page="${short(text)}" (use a page number from 1); showing the first page.`),
};

export function parseBenchmarkPage(input: SearchParamsInput): { page: number; notices: string[] } {
  const { values, notices } = readPageParams(input, benchmarkPageParams);
  return { page: values.page ?? 1, notices };
}
