/** The closed vocabularies (order, labels, descriptions); seed schemas, columns, UI and OpenAPI derive from them. */
export { categories, aggregateCategory, type Category } from './categories';
export { stages, type Stage } from './stages';
export { modalities, type Modality } from './modalities';
export { units, scales, type Unit, type Scale } from './units';
export { flags, type Flag } from './flags';
export { sourceKinds, tableKinds, tableLayouts, modelRowLayouts, type SourceKind, type TableKind, type TableLayout } from './sources';
export { term, type Term, type TermInfo } from './term';
