'use client';

import { memo, useEffect, useId, useRef, useState } from 'react';
import { namesMatch, searchTokens } from '@/lib/name-search';

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

/** Announced when a list opens, so any other open one closes: lists never stack. */
const openEvent = 'multi-select-open';

/**
 * A dropdown of checkboxes, searchable when long; keyboard operable through native controls. Escape
 * closes it and returns focus to its button; a click outside or opening another list closes it.
 */
export const MultiSelect = memo(function MultiSelect({ label, options, selected, onChange }: MultiSelectProps) {
  const [filter, setFilter] = useState('');
  // The options are rendered only while the list is open: long lists cost nothing in the page until used.
  const [open, setOpen] = useState(false);
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (!open) return;
    const element = details.current;
    const close = () => {
      if (element) element.open = false;
    };
    const onPointer = (e: PointerEvent) => {
      if (element && !element.contains(e.target as Node)) close();
    };
    const onOther = (e: Event) => {
      if ((e as CustomEvent<unknown>).detail !== element) close();
    };
    document.dispatchEvent(new CustomEvent(openEvent, { detail: element }));
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener(openEvent, onOther);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener(openEvent, onOther);
    };
  }, [open]);
  const tokens = searchTokens(filter);
  const shown = tokens.length ? options.filter((o) => namesMatch(tokens, [o.label, o.value, o.group ?? ''])) : options;
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <details
      ref={details}
      className="multi-select"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.preventDefault();
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary')?.focus();
      }}
    >
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
