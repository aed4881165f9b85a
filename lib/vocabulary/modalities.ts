import { term } from './term';

/** What a model reads, or what a benchmark asks it to read. */
export const modalities = term(['text', 'vision-language'], {
  text: { label: 'text' },
  'vision-language': { label: 'vision-language' },
});
export type Modality = (typeof modalities.values)[number];
