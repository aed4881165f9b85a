/**
 * The leaderboard's view and how its URL is written. Reading a URL (the search-params schema of `/`,
 * in zod) is in view-params-read.ts, so the browser's first load carries no parser: it needs one only
 * for back and forward, and loads it then.
 */

export interface SortEntry {
  id: string;
  desc: boolean;
}

export interface SizeRange {
  min: number | null;
  max: number | null;
}

export interface LeaderboardView {
  /** Benchmark columns chosen explicitly; empty means the default set. */
  benchmarks: string[];
  categories: string[];
  families: string[];
  stages: string[];
  modalities: string[];
  /** Only values reported in these sources count ("as reported in ..."). */
  sources: string[];
  size: SizeRange;
  q: string;
  sort: SortEntry[];
  /** Hidden descriptive columns (family, params, stage, average). */
  hide: string[];
  /** Only values whose metric and setting match the column's reference setting (URL: same_setting=1). */
  comparable: boolean;
  /** Only rows whose average covers every visible averaged column ("complete rows only"). */
  complete: boolean;
  /** Show measured run values beside the reported ones ("include runs"); they never rank, average or pick rows. */
  runs: boolean;
  /** 1-based page of rows; a page past the end shows the last one. */
  page: number;
  /** Rows per page, one of pageSizes. */
  rows: number;
}

/** Rows per page a reader can choose; the first is the default. */
export const pageSizes = [20, 50, 100, 200] as const;

export const infoColumns = ['family', 'params', 'stage', 'average'] as const;

export interface KnownValues {
  benchmarks: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  families: ReadonlySet<string>;
  stages: ReadonlySet<string>;
  modalities: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export const emptyView: Readonly<LeaderboardView> = Object.freeze({
  benchmarks: [],
  categories: [],
  families: [],
  stages: [],
  modalities: [],
  sources: [],
  size: { min: null, max: null },
  q: '',
  sort: [],
  hide: [],
  comparable: false,
  complete: false,
  runs: false,
  page: 1,
  rows: pageSizes[0],
});

/** URL parameter → view field, for the lists of ids. */
export const listParams = {
  benchmark: 'benchmarks',
  category: 'categories',
  family: 'families',
  stage: 'stages',
  modality: 'modalities',
  source: 'sources',
} as const satisfies Record<string, keyof KnownValues & keyof LeaderboardView>;

/** The query string for a view, without defaults, in a stable order (so equal views give equal URLs). */
export function serializeLeaderboardView(view: LeaderboardView): string {
  const params = new URLSearchParams();
  for (const [param, field] of Object.entries(listParams) as [string, keyof LeaderboardView][]) {
    const values = view[field] as string[];
    if (values.length) params.set(param, values.join(','));
  }
  if (view.size.min !== null || view.size.max !== null) params.set('size', `${view.size.min ?? ''}-${view.size.max ?? ''}`);
  if (view.q) params.set('q', view.q);
  if (view.sort.length) params.set('sort', view.sort.map((s) => `${s.id}:${s.desc ? 'desc' : 'asc'}`).join(','));
  if (view.hide.length) params.set('hide', view.hide.join(','));
  if (view.comparable) params.set('same_setting', '1');
  if (view.complete) params.set('complete', '1');
  if (view.runs) params.set('runs', '1');
  if (view.rows !== emptyView.rows) params.set('rows', String(view.rows));
  if (view.page > 1) params.set('page', String(view.page));
  return params.toString();
}
