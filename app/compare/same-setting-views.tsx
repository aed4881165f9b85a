'use client';

import { useState, type ReactNode } from 'react';

export interface SameSettingViewsProps {
  initial: boolean;
  /** The comparison with every primary value, and with values at the reference's setting only; both rendered by the server. */
  all: ReactNode;
  same: ReactNode;
}

/**
 * The "same setting" switch: both comparisons arrive with the page, so switching is instant and
 * only the address changes (a replaced entry: it refines the view rather than leaving it).
 */
export function SameSettingViews({ initial, all, same }: SameSettingViewsProps) {
  const [sameSetting, setSameSetting] = useState(initial);
  const toggle = (on: boolean) => {
    setSameSetting(on);
    const url = new URL(window.location.href);
    if (on) url.searchParams.set('same_setting', '1');
    else url.searchParams.delete('same_setting');
    window.history.replaceState(null, '', `${url.pathname}${url.search}`);
  };
  return (
    <>
      <label className="switch">
        <input type="checkbox" checked={sameSetting} onChange={(e) => toggle(e.target.checked)} />
        Only compare values at the reference model&apos;s metric and setting
      </label>
      <div data-same-setting={sameSetting ? '1' : '0'}>{sameSetting ? same : all}</div>
    </>
  );
}
