import { term } from './term';

/** Benchmark categories, in the order the leaderboard, model pages and filters group them. */
export const categories = term(
  [
    'math',
    'code',
    'reasoning',
    'knowledge',
    'science',
    'reading',
    'instruction-following',
    'alignment',
    'chinese',
    'multilingual',
    'long-context',
    'tool-use',
    'multimodal',
    'document-ocr',
    'gui',
    'video',
    'aggregate',
  ],
  {
    math: { label: 'Math' },
    code: { label: 'Code' },
    reasoning: { label: 'Reasoning' },
    knowledge: { label: 'General knowledge' },
    science: { label: 'Science' },
    reading: { label: 'Reading' },
    'instruction-following': { label: 'Instruction following' },
    alignment: { label: 'Alignment & chat' },
    chinese: { label: 'Chinese' },
    multilingual: { label: 'Multilingual' },
    'long-context': { label: 'Long context' },
    'tool-use': { label: 'Tool use' },
    multimodal: { label: 'Multimodal' },
    'document-ocr': { label: 'Document & OCR' },
    gui: { label: 'GUI' },
    video: { label: 'Video' },
    aggregate: { label: 'Averages printed by sources' },
  },
);
export type Category = (typeof categories.values)[number];

/** The category whose "benchmarks" are averages a source printed; left out of averages and default columns. */
export const aggregateCategory = 'aggregate' satisfies Category;
