import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { cachedLeaderboard, type LeaderboardRow } from '@/lib/leaderboard/build-rows';
import { choicesOf } from '@/lib/leaderboard/choices';
import { viewSorting } from '@/lib/leaderboard/next-sorting';
import { mapFor, memoLru } from '@/lib/memo';
import { packLeaderboardPayload, type LeaderboardPayload } from '@/lib/leaderboard/payload';
import { pageToShow } from '@/lib/paging';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { serializeLeaderboardView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { buildColumns } from './columns';
import { leaderboardFeatures } from './table-features';

const noOpen = () => {};

/**
 * One page of the view, built on the server (what the page shows first, and all it ever gets when
 * the dataset is too large to send whole). The rows are
 * sorted and sliced by the same TanStack column definitions the browser uses, so a page here is the
 * page the browser would show.
 */
export function leaderboardWindow(data: LeaderboardData, view: LeaderboardView): Omit<LeaderboardPayload, 'fullData'> {
  const built = cachedLeaderboard(data, view);
  const columns = buildColumns(built, {
    comparable: view.comparable,
    hidden: view.hide,
    onOpen: noOpen,
    averageDesc: view.sort.find((s) => s.id === 'average')?.desc ?? true,
  });
  const page = pageToShow(view.page, built.rows.length, view.rows);
  const chosen = viewSorting(view.sort, built.columns, view.hide);
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

const payloadCache = new WeakMap<LeaderboardData, Map<string, string>>();
const payloadCacheSize = 16;

/**
 * The page's payload, packed, kept per dataset for the views asked for most recently: a view seen
 * before (above all the default one) costs the server no sorting and no serialising.
 */
export function packedLeaderboardPayload(data: LeaderboardData, view: LeaderboardView, fullData: string | null): string {
  const key = `${serializeLeaderboardView(view)} ${fullData ?? ''}`;
  return memoLru(mapFor(payloadCache, data), key, payloadCacheSize, () => packLeaderboardPayload({ ...leaderboardWindow(data, view), fullData }));
}
