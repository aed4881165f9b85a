'use client';

import { useEffect, useState } from 'react';

export interface Suggestion {
  id: string;
  name: string;
  family: string;
}

/** Models matching what the reader typed, asked of the server (app/compare/model-search) a moment after typing stops. */
export function useServerSuggestions(query: string, selected: readonly string[]): Suggestion[] {
  const [found, setFound] = useState<{ key: string; models: Suggestion[] }>({ key: '', models: [] });
  const key = query.trim() ? `${query.trim()}\u001f${selected.join(',')}` : '';
  useEffect(() => {
    if (!key) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: query.trim(), exclude: selected.join(',') });
      fetch(`/compare/model-search?${params}`, { signal: abort.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ models: Suggestion[] }>) : { models: [] }))
        .then((body) => setFound({ key, models: body.models }))
        .catch(() => {}); // an aborted or failed lookup shows no suggestions
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key, query, selected]);
  // Suggestions for an older query are not shown.
  return key && found.key === key ? found.models : [];
}
