import type { LeaderboardTable } from './build-rows';
import type { LeaderboardChoices } from './choices';
import type { PackedLeaderboardData } from './packed';

/**
 * What the leaderboard page hands the browser. While the dataset is small enough ("complete") the
 * browser gets all of it, packed, and filters, sorts and pages without a round trip. Above that the
 * server builds the view and sends one page of rows ("window"); each change of view asks the server.
 */
export type LeaderboardPayload =
  | { kind: 'complete'; packed: PackedLeaderboardData }
  | {
      kind: 'window';
      /** The view's columns, and the rows of the requested page only, already sorted. */
      table: LeaderboardTable;
      /** Rows in the whole view, across pages. */
      rowCount: number;
      /** The page actually shown (a page past the end shows the last one). */
      page: number;
      choices: LeaderboardChoices;
    };
