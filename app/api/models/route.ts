import { listModelsFiltered } from '@/db/queries/catalog-lists';
import { catalogRoute } from '../catalog-route';

export const dynamic = 'force-dynamic';

/** Models, filterable by model id, family, stage, modality and text (`q`). */
export const GET = catalogRoute('models', ['model', 'family', 'stage', 'modality'], (filters) => listModelsFiltered({ filters }));
