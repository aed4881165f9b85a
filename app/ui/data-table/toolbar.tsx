'use client';

import { useState, type ReactNode } from 'react';

export interface TableToolbarProps {
  /** What the controls do, for assistive technology ("Filter the leaderboard"). */
  label: string;
  /** Always in view, e.g. the search box. */
  search: ReactNode;
  /** The id of the folding filters (the toggle controls it). */
  filtersId: string;
  /** How many filters are set, shown on the toggle. */
  activeFilters: number;
  /** The filters. */
  children: ReactNode;
}

/** A table's controls: the search in view, the filters beside it, folded behind one button on a phone so the table starts on the first screen. */
export function TableToolbar({ label, search, filtersId, activeFilters, children }: TableToolbarProps) {
  const [expanded, setExpanded] = useState(false);
  return (
    <div className="toolbar" role="search" aria-label={label}>
      {search}
      <button type="button" className="filters-toggle" aria-expanded={expanded} aria-controls={filtersId} onClick={() => setExpanded(!expanded)}>
        Filters{activeFilters > 0 && <span className="badge">{activeFilters}</span>}
      </button>
      <div className="toolbar-filters" id={filtersId} data-expanded={expanded || undefined}>
        {children}
      </div>
    </div>
  );
}
