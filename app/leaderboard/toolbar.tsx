'use client';

import { useCallback, useMemo } from 'react';
import { categories as categoryTerm, modalities, stages } from '@/lib/vocabulary';
import type { LeaderboardChoices } from '@/lib/leaderboard/choices';
import { infoColumns, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { MultiSelect } from '../ui/multi-select';
import { TableToolbar } from '../ui/data-table/toolbar';

export interface ToolbarProps {
  choices: LeaderboardChoices;
  view: LeaderboardView;
  /** Receives a change to apply to the latest view (so the handlers below never go stale). */
  onChange: (update: (current: LeaderboardView) => LeaderboardView) => void;
}

const byName = new Intl.Collator('en').compare;

function buildOptions(choices: LeaderboardChoices) {
  const categories = categoryTerm.sort(choices.benchmarks.map((b) => b.category));
  return {
    benchmarks: [...choices.benchmarks]
      .sort((a, b) => categoryTerm.rank(a.category) - categoryTerm.rank(b.category) || byName(a.name, b.name))
      .map((b) => ({ value: b.id, label: b.name, group: categoryTerm.label(b.category) })),
    categories: categories.map((c) => ({ value: c, label: categoryTerm.label(c) })),
    families: choices.families.map((f) => ({ value: f, label: f })),
    stages: stages.sort(choices.stages).map((s) => ({ value: s, label: stages.label(s) })),
    modalities: modalities.sort(choices.modalities).map((m) => ({ value: m, label: modalities.label(m) })),
    sources: choices.sources.map((s) => ({ value: s.id, label: s.shortTitle, hint: String(s.year) })),
    columns: infoColumns.map((c) => ({ value: c, label: `show ${c}` })),
  };
}

/** Every filter of the leaderboard; each change updates the view (and so the URL). */
export function Toolbar({ choices, view, onChange }: ToolbarProps) {
  // Stable options and handlers let each closed list skip re-rendering while another filter changes.
  const set = useCallback(
    <K extends keyof LeaderboardView>(key: K, value: LeaderboardView[K]) => onChange((current) => ({ ...current, [key]: value, page: 1 })),
    [onChange],
  );
  const options = useMemo(() => buildOptions(choices), [choices]);
  const handlers = useMemo(
    () => ({
      benchmarks: (v: string[]) => set('benchmarks', v),
      categories: (v: string[]) => set('categories', v),
      families: (v: string[]) => set('families', v),
      stages: (v: string[]) => set('stages', v),
      modalities: (v: string[]) => set('modalities', v),
      sources: (v: string[]) => set('sources', v),
      columns: (shown: string[]) => set('hide', infoColumns.filter((c) => !shown.includes(c))),
    }),
    [set],
  );
  const active =
    view.benchmarks.length + view.categories.length + view.families.length + view.stages.length + view.modalities.length + view.sources.length +
    view.hide.length + (view.size.min !== null || view.size.max !== null ? 1 : 0) + (view.comparable ? 1 : 0) + (view.complete ? 1 : 0) + (view.runs ? 1 : 0);
  const shownColumns = useMemo(() => infoColumns.filter((c) => !view.hide.includes(c)), [view.hide]);
  const sizeInput = (which: 'min' | 'max') => (
    <input
      type="number"
      min={0}
      step="any"
      inputMode="decimal"
      aria-label={`${which === 'min' ? 'Smallest' : 'Largest'} size in billions of parameters`}
      placeholder={which}
      value={view.size[which] ?? ''}
      onChange={(e) => {
        const n = e.target.value === '' ? null : Number(e.target.value);
        set('size', { ...view.size, [which]: n !== null && Number.isFinite(n) && n >= 0 ? n : null });
      }}
    />
  );
  return (
    <TableToolbar
      label="Filter the leaderboard"
      filtersId="leaderboard-filters"
      activeFilters={active}
      search={
        <input
          type="search"
          aria-label="Search models by name or alias"
          placeholder="Search models…"
          value={view.q}
          maxLength={100}
          onChange={(e) => set('q', e.target.value)}
        />
      }
    >
      <MultiSelect label="Benchmarks" options={options.benchmarks} selected={view.benchmarks} onChange={handlers.benchmarks} />
      <MultiSelect label="Category" options={options.categories} selected={view.categories} onChange={handlers.categories} />
      <MultiSelect label="Family" options={options.families} selected={view.families} onChange={handlers.families} />
      <MultiSelect label="Stage" options={options.stages} selected={view.stages} onChange={handlers.stages} />
      <MultiSelect label="Modality" options={options.modalities} selected={view.modalities} onChange={handlers.modalities} />
      <MultiSelect label="As reported in" options={options.sources} selected={view.sources} onChange={handlers.sources} />
      <fieldset className="size">
        <legend>Size (B)</legend>
        {sizeInput('min')}–{sizeInput('max')}
      </fieldset>
      <MultiSelect label="Columns" options={options.columns} selected={shownColumns} onChange={handlers.columns} />
      <label className="switch">
        <input type="checkbox" checked={view.comparable} onChange={(e) => set('comparable', e.target.checked)} />
        Comparable settings only
      </label>
      <label className="switch" title="Keep only models that have every averaged column, so all averages are over the same benchmarks">
        <input type="checkbox" checked={view.complete} onChange={(e) => set('complete', e.target.checked)} />
        Complete rows only
      </label>
      <label className="switch" title="Show the newest imported evaluation run's value beside each reported one, marked as measured; runs never rank or average">
        <input type="checkbox" checked={view.runs} onChange={(e) => set('runs', e.target.checked)} />
        Include my runs
      </label>
    </TableToolbar>
  );
}
