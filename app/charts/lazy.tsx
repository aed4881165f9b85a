'use client';

import dynamic from 'next/dynamic';

/** Charts load after the page's tables: their code arrives in separate chunks, only where a chart is drawn. */
const loading = () => <p className="chart-loading muted">Loading chart…</p>;

export const LazyRankingChart = dynamic(() => import('./ranking-chart'), { ssr: false, loading });
export const LazyGroupedBarChart = dynamic(() => import('./grouped-bar-chart'), { ssr: false, loading });
export const LazySizeScatterChart = dynamic(() => import('./size-scatter-chart'), { ssr: false, loading });
export const LazyLineageChart = dynamic(() => import('./lineage-chart'), { ssr: false, loading });
export const LazyCurvesChart = dynamic(() => import('./curves-chart'), { ssr: false, loading });
