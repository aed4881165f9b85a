'use client';

import dynamic from 'next/dynamic';

/**
 * The provenance panel opens on a click, so its code (with the citation helpers) is fetched then,
 * not with the page: tables that show it load and start faster.
 */
export const LazyProvenancePanel = dynamic(() => import('./provenance-panel').then((m) => m.ProvenancePanel), { ssr: false });
