'use client';

import { useEffect, useMemo, useState } from 'react';
import { runValuesAddress } from '@/lib/browser-limits';
import { unpackRunValues, type PackedRunValues } from '@/lib/leaderboard/packed';
import type { LeaderboardData, LeaderboardRunValue } from '@/lib/leaderboard/types';

/**
 * The browser's whole dataset with its run values once a view includes runs: they are fetched then,
 * once, so a reader who never asks for runs never downloads them. `loading` while they are on their way.
 */
export function useRunValues(data: LeaderboardData | null, fullData: string | null, wanted: boolean): { data: LeaderboardData | null; loading: boolean; failed: boolean } {
  const [fetched, setFetched] = useState<{ address: string; values: LeaderboardRunValue[] | null } | null>(null);
  const address = fullData ? runValuesAddress(fullData) : null;
  const needed = wanted && data !== null && address !== null && fetched?.address !== address;
  useEffect(() => {
    if (!needed || !address) return;
    let live = true;
    fetch(address)
      .then((res) => (res.ok ? (res.json() as Promise<PackedRunValues>) : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((packed) => live && setFetched({ address, values: unpackRunValues(packed) }))
      .catch(() => live && setFetched({ address, values: null }));
    return () => {
      live = false;
    };
  }, [needed, address]);
  const values = fetched?.address === address ? fetched.values : undefined;
  const merged = useMemo(() => (data && values ? { ...data, runValues: values } : data), [data, values]);
  return { data: merged, loading: wanted && data !== null && values === undefined, failed: values === null };
}
