import { listBenchmarksFiltered } from '@/db/queries/catalog-lists';
import { catalogRoute } from '../catalog-route';

export const dynamic = 'force-dynamic';

/** Benchmarks, filterable by benchmark id, category, modality and text (`q`). */
export const GET = catalogRoute('benchmarks', ['benchmark', 'category', 'modality'], (filters) => listBenchmarksFiltered({ filters }));
