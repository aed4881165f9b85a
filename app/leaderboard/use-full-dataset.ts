'use client';

import { useEffect, useState } from 'react';
import { unpackLeaderboardData, type PackedLeaderboardData } from '@/lib/leaderboard/packed';
import type { LeaderboardData } from '@/lib/leaderboard/types';

type FullDatasetState = 'loaded' | 'pending' | 'none';

/**
 * The whole dataset from `address` (small datasets only), fetched once the page has loaded so it never
 * competes with the first paint; null until then, and for good without an address or after a failure.
 */
export function useFullDataset(address: string | null) {
  const [data, setData] = useState<LeaderboardData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!address) return;
    let current = true;
    const load = () =>
      fetch(address)
        .then((res) => (res.ok ? (res.json() as Promise<PackedLeaderboardData>) : Promise.reject(new Error(`HTTP ${res.status}`))))
        .then((packed) => current && setData(unpackLeaderboardData(packed)))
        .catch(() => current && setFailed(true));
    if (document.readyState === 'complete') void load();
    else window.addEventListener('load', load, { once: true });
    return () => {
      current = false;
      window.removeEventListener('load', load);
    };
  }, [address]);
  const state: FullDatasetState = data ? 'loaded' : address && !failed ? 'pending' : 'none';
  return { data, state };
}
