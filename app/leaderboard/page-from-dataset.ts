import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { buildLeaderboard, type LeaderboardRow } from '@/lib/leaderboard/build-rows';
import { choicesOf } from '@/lib/leaderboard/choices';
import { viewSorting } from '@/lib/leaderboard/next-sorting';
import type { LeaderboardPayload } from '@/lib/leaderboard/payload';
import { pageToShow } from '@/lib/paging';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import type { LeaderboardView } from '@/lib/leaderboard/view-params';
import { buildColumns } from './columns';
import { leaderboardFeatures } from './table-features';

const noOpen = () => {};

/**
 * One page of the view as the browser builds it from the whole dataset: build-rows, then sorted and
 * sliced by the same TanStack column definitions. The server renders pages from SQL instead
 * (db/queries/leaderboard-view.ts); test/db/leaderboard-sql.test.ts holds the two equal with this.
 */
export function leaderboardPageFromDataset(data: LeaderboardData, view: LeaderboardView): Omit<LeaderboardPayload, 'fullData'> {
  const built = buildLeaderboard(data, view);
  const chosen = viewSorting(view.sort, built.columns, view.hide);
  const averageDesc = chosen.find((s) => s.id === 'average')?.desc ?? true;
  const columns = buildColumns(built, { comparable: view.comparable, hidden: view.hide, averageDesc, onOpen: noOpen });
  const page = pageToShow(view.page, built.rows.length, view.rows);
  const table = constructTable({
    features: { coreReactivityFeature: storeReactivityBindings(), ...leaderboardFeatures },
    columns,
    data: built.rows,
    getRowId: (row: LeaderboardRow) => row.model.id,
    state: { sorting: chosen, pagination: { pageIndex: page - 1, pageSize: view.rows } },
  } as never) as ReturnType<typeof constructTable<typeof leaderboardFeatures, LeaderboardRow>>;
  return {
    table: { ...built, rows: table.getRowModel().rows.map((r) => r.original) },
    rowCount: built.rows.length,
    page,
    choices: choicesOf(data),
  };
}
