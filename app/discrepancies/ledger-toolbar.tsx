import Link from '@/app/ui/link';
import { settingClasses, settingClassText, type SettingClass } from '@/lib/discrepancy-class';
import { defaultDirection, ledgerQuery, ledgerSorts, type LedgerSort, type LedgerView } from '@/lib/ledger-params';

export interface LedgerToolbarProps {
  params: URLSearchParams;
  view: LedgerView;
  /** How many pairs each setting class holds under the current filters. */
  counts: Record<SettingClass | 'all', number>;
}

const sortText: Record<LedgerSort, string> = { model: 'model', benchmark: 'benchmark', spread: 'spread', values: 'number of values' };
const href = (params: URLSearchParams, change: Partial<LedgerView>) => `/discrepancies${ledgerQuery(params, { ...change, page: 1 })}`;

/** Search, the setting classes and the sort order; plain links and a GET form, so it works without script. */
export function LedgerToolbar({ params, view, counts }: LedgerToolbarProps) {
  const hidden = [...params.entries()].filter(([k]) => !['q', 'page', 'view', 'same_setting'].includes(k));
  return (
    <>
      <form className="toolbar" action="/discrepancies" role="search">
        {hidden.map(([k, v], i) => (
          <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
        ))}
        <input type="search" name="q" defaultValue={params.get('q') ?? ''} aria-label="Search models and benchmarks" placeholder="Model or benchmark, e.g. Qwen MATH" maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <nav className="toc" aria-label="Setting">
        {(['all', ...settingClasses] as const).map((s) => {
          const text = `${s === 'all' ? 'all' : settingClassText[s]} (${counts[s]})`;
          return s === view.setting ? (
            <strong key={s} aria-current="true">
              {text}
            </strong>
          ) : (
            <Link key={s} href={href(params, { setting: s })}>
              {text}
            </Link>
          );
        })}
      </nav>
      <nav className="toc" aria-label="Sort">
        <span>Sort by:</span>
        {ledgerSorts.map((s) => {
          const current = s === view.sort;
          const dir = current ? (view.dir === 'asc' ? 'desc' : 'asc') : defaultDirection[s];
          const arrow = current ? (view.dir === 'asc' ? ' ↑' : ' ↓') : '';
          return (
            <Link key={s} href={href(params, { sort: s, dir })} aria-current={current ? 'true' : undefined} className={current ? 'current' : undefined}>
              {sortText[s]}
              {arrow}
            </Link>
          );
        })}
      </nav>
    </>
  );
}
