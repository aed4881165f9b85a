'use client';

import { categoryLabel, categoryOrder, stageLabel } from '@/lib/categories';
import type { LeaderboardData } from '@/lib/leaderboard/types';
import { infoColumns, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { MultiSelect } from '../ui/multi-select';

export interface ToolbarProps {
  data: LeaderboardData;
  view: LeaderboardView;
  onChange: (view: LeaderboardView) => void;
}

const uniqueSorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Every filter of the leaderboard; each change updates the view (and so the URL). */
export function Toolbar({ data, view, onChange }: ToolbarProps) {
  const set = <K extends keyof LeaderboardView>(key: K, value: LeaderboardView[K]) => onChange({ ...view, [key]: value });
  const categories = categoryOrder.filter((c) => data.benchmarks.some((b) => b.category === c));
  const benchmarkOptions = [...data.benchmarks]
    .sort((a, b) => categories.indexOf(a.category as never) - categories.indexOf(b.category as never) || a.name.localeCompare(b.name))
    .map((b) => ({ value: b.id, label: b.name, group: categoryLabel(b.category) }));
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
    <div className="toolbar" role="search">
      <input
        type="search"
        aria-label="Search models by name or alias"
        placeholder="Search models…"
        value={view.q}
        maxLength={100}
        onChange={(e) => set('q', e.target.value)}
      />
      <MultiSelect label="Benchmarks" options={benchmarkOptions} selected={view.benchmarks} onChange={(v) => set('benchmarks', v)} />
      <MultiSelect
        label="Category"
        options={categories.map((c) => ({ value: c, label: categoryLabel(c) }))}
        selected={view.categories}
        onChange={(v) => set('categories', v)}
      />
      <MultiSelect
        label="Family"
        options={uniqueSorted(data.models.map((m) => m.family)).map((f) => ({ value: f, label: f }))}
        selected={view.families}
        onChange={(v) => set('families', v)}
      />
      <MultiSelect
        label="Stage"
        options={uniqueSorted(data.models.map((m) => m.stage)).map((s) => ({ value: s, label: stageLabel(s) }))}
        selected={view.stages}
        onChange={(v) => set('stages', v)}
      />
      <MultiSelect
        label="Modality"
        options={uniqueSorted(data.models.map((m) => m.modality)).map((m) => ({ value: m, label: m }))}
        selected={view.modalities}
        onChange={(v) => set('modalities', v)}
      />
      <MultiSelect
        label="As reported in"
        options={data.sources.map((s) => ({ value: s.id, label: s.shortTitle, hint: String(s.year) }))}
        selected={view.sources}
        onChange={(v) => set('sources', v)}
      />
      <fieldset className="size">
        <legend>Size (B)</legend>
        {sizeInput('min')}–{sizeInput('max')}
      </fieldset>
      <MultiSelect
        label="Columns"
        options={infoColumns.map((c) => ({ value: c, label: `show ${c}` }))}
        selected={infoColumns.filter((c) => !view.hide.includes(c))}
        onChange={(shown) => set('hide', infoColumns.filter((c) => !shown.includes(c)))}
      />
      <label className="switch">
        <input type="checkbox" checked={view.comparable} onChange={(e) => set('comparable', e.target.checked)} />
        Comparable settings only
      </label>
    </div>
  );
}
