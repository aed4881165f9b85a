import { term } from './term';

/** Training stages of a model, in lineage order (a base model first, then what is trained from it). */
export const stages = term(['base', 'mid-trained-base', 'sft', 'rl', 'dpo', 'instruct', 'proprietary', 'other'], {
  base: { label: 'base' },
  'mid-trained-base': { label: 'mid-trained base' },
  sft: { label: 'SFT' },
  rl: { label: 'RL' },
  dpo: { label: 'DPO' },
  instruct: { label: 'instruct / chat' },
  proprietary: { label: 'proprietary' },
  other: { label: 'other' },
});
export type Stage = (typeof stages.values)[number];
