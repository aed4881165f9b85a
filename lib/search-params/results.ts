/** The search-params schema of /api/results: the export format and the shared result filters. */
import * as z from 'zod/mini';
import { exportFormats } from '../results-csv-json';
import { filtersOf, resultFilterParams, type ResultFilters } from '../result-filters';
import { one, readApiParams, type ParamIssue } from './read';

const resultsFormats = [...exportFormats, 'eee', 'yaml'] as const;
type ResultsFormat = (typeof resultsFormats)[number];

export const resultsParams = {
  format: one(z.enum(resultsFormats, { error: 'format must be "csv", "json", "eee" or "yaml"' })),
  ...resultFilterParams,
};

export function parseResultsQuery(params: URLSearchParams): { format: ResultsFormat; filters: ResultFilters; issues: ParamIssue[] } {
  const { values, issues } = readApiParams(params, resultsParams);
  const { format = 'json', ...filters } = values;
  // A bad format is named first: it decides what the answer would have been.
  return { format, filters: filtersOf(filters), issues: [...issues.filter((i) => i.param === 'format'), ...issues.filter((i) => i.param !== 'format')] };
}
