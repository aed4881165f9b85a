'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { maxCompared } from '@/lib/compare';
import { searchModels } from '@/lib/name-search';

export interface ModelPickerProps {
  models: { id: string; name: string; family: string; aliases: string[] }[];
  selected: string[];
}

/** Choose 2 to 6 models; the first is the reference for deltas. Every change is a new URL. */
export function ModelPicker({ models, selected }: ModelPickerProps) {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const byId = new Map(models.map((m) => [m.id, m]));
  const go = (ids: string[]) => {
    const params = new URLSearchParams();
    if (ids.length) params.set('models', ids.join(','));
    // The setting switch changes the address in place, so its current state is read from there.
    if (new URLSearchParams(window.location.search).get('same_setting') === '1') params.set('same_setting', '1');
    router.push(`/compare${params.size ? `?${params}` : ''}`);
  };
  const matches = query.trim() ? searchModels(models, query).filter((m) => !selected.includes(m.id)).slice(0, 12) : [];
  return (
    <div className="picker">
      <ol className="chosen" aria-label="Models compared (the first is the reference)">
        {selected.map((id, i) => (
          <li key={id}>
            <span>{byId.get(id)?.name ?? id}</span>
            {i > 0 && (
              <button type="button" className="linklike" onClick={() => go([id, ...selected.filter((s) => s !== id)])}>
                make reference
              </button>
            )}
            <button type="button" className="remove" aria-label={`Remove ${byId.get(id)?.name ?? id}`} onClick={() => go(selected.filter((s) => s !== id))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      {selected.length < maxCompared ? (
        <div className="picker-search">
          <input
            type="search"
            aria-label="Add a model to compare"
            placeholder="Add a model…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={100}
          />
          {matches.length > 0 && (
            <ul className="suggestions">
              {matches.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    onClick={() => {
                      setQuery('');
                      go([...selected, m.id]);
                    }}
                  >
                    {m.name} <span className="muted">{m.family}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="muted">At most {maxCompared} models side by side.</p>
      )}
    </div>
  );
}
