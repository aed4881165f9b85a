import { listSourcesFiltered } from '@/db/queries/catalog-lists';
import { catalogRoute } from '../catalog-route';

export const dynamic = 'force-dynamic';

/** Sources with their BibTeX and tables, filterable by source id and text (`q`). */
export const GET = catalogRoute('sources', ['source'], (filters) => listSourcesFiltered({ filters }));
