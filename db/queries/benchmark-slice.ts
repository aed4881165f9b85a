import { byRank } from '../../lib/charts/ranking';
import { getDb, type Database } from '../client';
import { rankCandidates } from './benchmark-ranking';
import { listResultRanks, type ResultRank } from './results';

/**
 * The values at places start..start+count-1 of a benchmark's ranking, exactly as sorting every value
 * with byRank (best first, then model name, then printed order) places them, reading only the values
 * near that slice. A value outside the window can tie with one inside only if their keys differ by
 * less than the rounding of onCommonScale; when the window's edges are not clear of that, every value
 * is read and sorted instead.
 */
export async function rankedSlice({
  benchmark,
  higherIsBetter,
  start,
  count,
  db = getDb(),
}: {
  benchmark: string;
  higherIsBetter: boolean;
  start: number;
  count: number;
  db?: Database;
}): Promise<ResultRank[]> {
  const found = await rankCandidates({ benchmark, higherIsBetter, start, count, db });
  const { lo, hi, nextAbove, nextBelow, above } = found;
  if (lo === null || hi === null) return [];
  const clear = (a: number | null, b: number) => a === null || Math.abs(a - b) > 1e-10 * Math.max(1, Math.abs(a), Math.abs(b));
  const offset = start - above;
  if (clear(nextAbove, hi) && clear(nextBelow, lo) && offset >= 0) {
    return found.rows.sort(byRank(higherIsBetter)).slice(offset, offset + count);
  }
  return (await listResultRanks({ benchmark, db })).sort(byRank(higherIsBetter)).slice(start, start + count);
}
