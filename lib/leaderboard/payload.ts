import type { LeaderboardTable } from './build-rows';
import type { LeaderboardChoices } from './choices';

/**
 * What the leaderboard page hands the browser: the view built on the server, one page of rows, so
 * the first paint carries no more than it shows. When the dataset is small enough `fullData` names
 * where the whole of it can be fetched; the browser loads it after the page is up and from then on
 * filters, sorts and pages without a round trip. Without it every change of view asks the server.
 */
export interface LeaderboardPayload {
  /** The view's columns, and the rows of the requested page only, already sorted. */
  table: LeaderboardTable;
  /** Rows in the whole view, across pages. */
  rowCount: number;
  /** The page actually shown (a page past the end shows the last one). */
  page: number;
  choices: LeaderboardChoices;
  /** Address of the whole dataset (packed), or null when it is too large to send. */
  fullData: string | null;
}
