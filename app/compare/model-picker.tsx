'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useServerSuggestions } from './use-server-suggestions';
import { maxCompared } from '@/lib/compare';
import { searchModels } from '@/lib/name-search';
import { compareHref, parseCompareView } from '@/lib/search-params/compare';

export interface ModelPickerProps {
  models: { id: string; name: string; family: string; aliases: string[] }[];
  selected: string[];
  /** `models` holds the chosen models only; suggestions come from the server (a large catalog). */
  searchesServer?: boolean;
}

/** Choose 2 to 6 models; the first is the reference for deltas. Every change is a new URL. */
export function ModelPicker({ models, selected, searchesServer = false }: ModelPickerProps) {
  const router = useRouter();
  const [query, setQuery] = useState('');
  const byId = new Map(models.map((m) => [m.id, m]));
  const go = (ids: string[]) => {
    // The setting switch changes the address in place, so its current state is read from there.
    const { sameSetting } = parseCompareView(new URLSearchParams(window.location.search)).view;
    router.push(compareHref({ models: ids, sameSetting }));
  };
  const fromServer = useServerSuggestions(searchesServer ? query : '', selected);
  const matches = searchesServer ? fromServer : query.trim() ? searchModels(models, query).filter((m) => !selected.includes(m.id)).slice(0, 12) : [];
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
