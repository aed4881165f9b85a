/** Benchmark categories in the order the leaderboard groups them, with their display names. */
export const categoryOrder = [
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
] as const;

const labels: Record<string, string> = {
  math: 'Math',
  code: 'Code',
  reasoning: 'Reasoning',
  knowledge: 'General knowledge',
  science: 'Science',
  reading: 'Reading',
  'instruction-following': 'Instruction following',
  alignment: 'Alignment & chat',
  chinese: 'Chinese',
  multilingual: 'Multilingual',
  'long-context': 'Long context',
  'tool-use': 'Tool use',
  multimodal: 'Multimodal',
  'document-ocr': 'Document & OCR',
  gui: 'GUI',
  video: 'Video',
  aggregate: 'Averages printed by sources',
};

export function categoryLabel(category: string): string {
  return labels[category] ?? category;
}

const stageLabels: Record<string, string> = {
  base: 'base',
  'mid-trained-base': 'mid-trained base',
  sft: 'SFT',
  rl: 'RL',
  dpo: 'DPO',
  instruct: 'instruct / chat',
  proprietary: 'proprietary',
  other: 'other',
};

export function stageLabel(stage: string): string {
  return stageLabels[stage] ?? stage;
}
