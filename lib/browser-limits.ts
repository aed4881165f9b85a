/**
 * Sizes up to which a page sends all its data to the browser (which then sorts, filters and pages
 * without a round trip); above them the server pages. Each can be lowered through the environment,
 * which the end-to-end tests do to exercise the server-paged path on the real data.
 */
function limitFromEnv(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** Reported values the leaderboard sends whole. */
export const leaderboardValueLimit = (env: Record<string, string | undefined> = process.env) => limitFromEnv(env, 'LEADERBOARD_BROWSER_LIMIT', 20_000);

/** Values a benchmark's list sends whole. */
export const resultsListLimit = (env: Record<string, string | undefined> = process.env) => limitFromEnv(env, 'RESULTS_LIST_LIMIT', 300);

const wholeDataPath = '/api/leaderboard';

/**
 * Where the browser fetches the whole leaderboard dataset, or null when it has too many values to
 * send whole (then the server pages every view, and /api/leaderboard answers 404).
 */
export function fullDataAddress(valueCount: number, version: number): string | null {
  return valueCount <= leaderboardValueLimit() ? `${wholeDataPath}?version=${version}` : null;
}

/** Where the run values of the dataset at a fullDataAddress are: the same version, /api/leaderboard/runs. */
export const runValuesAddress = (fullData: string) => fullData.replace(`${wholeDataPath}?`, `${wholeDataPath}/runs?`);

/** Models the compare picker receives whole and searches in the browser; above it asks the server as the reader types. */
export const comparePickerLimit = (env: Record<string, string | undefined> = process.env) => limitFromEnv(env, 'COMPARE_PICKER_LIMIT', 2_000);
