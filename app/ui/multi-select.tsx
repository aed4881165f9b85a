'use client';

import { memo, useId, useState } from 'react';

export interface MultiSelectOption {
  value: string;
  label: string;
  group?: string;
  hint?: string;
}

export interface MultiSelectProps {
  label: string;
  options: MultiSelectOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/** A dropdown of checkboxes, searchable when long; keyboard operable through native controls. */
export const MultiSelect = memo(function MultiSelect({ label, options, selected, onChange }: MultiSelectProps) {
  const [filter, setFilter] = useState('');
  // The options are rendered only while the list is open: long lists cost nothing in the page until used.
  const [open, setOpen] = useState(false);
  const id = useId();
  const shown = filter
    ? options.filter((o) => `${o.label} ${o.value} ${o.group ?? ''}`.toLowerCase().includes(filter.toLowerCase()))
    : options;
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details className="multi-select" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {label}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </summary>
      {open && (
        <div className="multi-select-panel">
          {options.length > 12 && (
            <input
              type="search"
              placeholder={`Find ${label.toLowerCase()}…`}
              aria-label={`Find ${label.toLowerCase()}`}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          )}
          {selected.length > 0 && (
            <button type="button" className="linklike" onClick={() => onChange([])}>
              Clear {selected.length} selected
            </button>
          )}
          <ul role="list">
            {shown.map((o, i) => {
              const header = o.group && o.group !== shown[i - 1]?.group ? o.group : undefined;
              return (
                <li key={o.value}>
                  {header && <div className="group-label">{header}</div>}
                  <label htmlFor={`${id}-${o.value}`}>
                    <input id={`${id}-${o.value}`} type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} />
                    {o.label}
                    {o.hint && <span className="muted"> {o.hint}</span>}
                  </label>
                </li>
              );
            })}
            {shown.length === 0 && <li className="muted">Nothing matches.</li>}
          </ul>
        </div>
      )}
    </details>
  );
});
