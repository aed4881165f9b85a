'use client';

import { useDeferredValue, useState, type ReactNode } from 'react';
import { compareHref, parseCompareView } from '@/lib/search-params/compare';

export interface SameSettingViewsProps {
  initial: boolean;
  /** Tables and charts with every primary value, and with values at the reference's setting only; all rendered by the server. */
  tables: { all: ReactNode; same: ReactNode };
  charts: { all: ReactNode; same: ReactNode };
}

/**
 * The "same setting" switch: both comparisons arrive with the page, so switching shows the other
 * table at once (both stay mounted) and only the address changes, replaced since it refines the
 * view. The chart, the costly part, follows once the switch and table have painted.
 */
export function SameSettingViews({ initial, tables, charts }: SameSettingViewsProps) {
  const [sameSetting, setSameSetting] = useState(initial);
  const chartSame = useDeferredValue(sameSetting);
  const toggle = (on: boolean) => {
    setSameSetting(on);
    const href = compareHref({ ...parseCompareView(new URLSearchParams(window.location.search)).view, sameSetting: on });
    // After the paint: Next.js turns replaceState into a router update.
    window.setTimeout(() => window.history.replaceState(window.history.state, '', href), 0);
  };
  return (
    <>
      <label className="switch">
        <input type="checkbox" checked={sameSetting} onChange={(e) => toggle(e.target.checked)} />
        Only compare values at the reference model&apos;s metric and setting
      </label>
      <div data-view="all" hidden={sameSetting}>
        {tables.all}
      </div>
      <div data-view="same" hidden={!sameSetting}>
        {tables.same}
      </div>
      <h2>As a chart</h2>
      {chartSame ? charts.same : charts.all}
    </>
  );
}
