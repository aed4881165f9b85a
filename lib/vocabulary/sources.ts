import { term } from './term';

/** What kind of document a source is. */
export const sourceKinds = term(['paper', 'model-card', 'blog', 'readme', 'repository', 'user-import'], {
  paper: { label: 'paper' },
  'model-card': { label: 'model card' },
  blog: { label: 'blog post' },
  readme: { label: 'README' },
  repository: { label: 'repository' },
  'user-import': { label: 'user import' },
});
export type SourceKind = (typeof sourceKinds.values)[number];

/** Where in a source a number was printed. */
export const tableKinds = term(['table', 'figure', 'text', 'data'], {
  table: { label: 'table' },
  figure: { label: 'figure' },
  text: { label: 'text' },
  data: { label: 'data file' },
});
export type TableKind = (typeof tableKinds.values)[number];

/** How a printed table is laid out, so it can be rebuilt as printed. */
export const tableLayouts = term(['benchmark-rows', 'model-rows', 'chart', 'text', 'list'], {
  'benchmark-rows': { label: 'one row per benchmark' },
  'model-rows': { label: 'one row per model' },
  chart: { label: 'chart' },
  text: { label: 'running text' },
  list: { label: 'list' },
});
export type TableLayout = (typeof tableLayouts.values)[number];

/** Layouts whose rows are models (the rebuilt table's first column names a model, not a benchmark). */
export const modelRowLayouts: readonly string[] = ['model-rows', 'list', 'text'] satisfies TableLayout[];
