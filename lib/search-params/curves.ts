/** The search-params schema of /curves and of a source page's curves: which figure group to draw. */
import { readPageParams, short, text, type SearchParamsInput } from './read';

const curvesParams = {
  /** A figure group id; the page checks it exists and otherwise shows the default group with a notice. */
  group: text(100, (t) => `Ignored group="${short(t)}" (not a figure group).`),
};

export function parseCurvesView(input: SearchParamsInput): { group: string | null; notices: string[] } {
  const { values, notices } = readPageParams(input, curvesParams);
  return { group: values.group || null, notices };
}
