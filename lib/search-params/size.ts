/** The search-params schema of /size: which benchmark to plot against model size. */
import { readPageParams, short, text, type SearchParamsInput } from './read';

const sizeParams = {
  /** A benchmark id; the page checks it has enough values and otherwise shows the default with a notice. */
  benchmark: text(100, (t) => `Ignored benchmark="${short(t)}" (not a benchmark id).`),
};

export function parseSizeView(input: SearchParamsInput): { benchmark: string | null; notices: string[] } {
  const { values, notices } = readPageParams(input, sizeParams);
  return { benchmark: values.benchmark || null, notices };
}
