import type { HeadlineSpec } from '@/db/queries/headlines';

/** A paper on the home page: its headline comparison, and why those benchmarks (what the paper leads with). */
export interface PaperHeadline {
  /** The section's anchor, and the family filter that opens the paper's models in the leaderboard. */
  family: string;
  title: string;
  /** What the paper is about, in our own words. */
  about: string;
  /** Which printed table or figure, and why these benchmarks. */
  basis: string;
  spec: HeadlineSpec;
  /** The paper's own models, set apart in the table. */
  ownPrefix: string;
}

export const paperHeadlines: PaperHeadline[] = [
  {
    family: 'MiMo',
    title: 'MiMo-7B',
    about: 'A 7B model pre-trained and then trained with RL for maths and code reasoning (Xiaomi, 2025).',
    basis: 'Table 4, the report’s comparison of MiMo-7B-RL with open and proprietary reasoning models; its maths and code rows, which the report and its README lead with.',
    spec: { sourceId: 'mimo-7b', tables: ['Table 4'], benchmarkIds: ['aime-2024', 'aime-2025', 'math-500', 'livecodebench-v5', 'livecodebench-v6'] },
    ownPrefix: 'mimo-7b',
  },
  {
    family: 'MiMo-VL',
    title: 'MiMo-VL',
    about: 'A 7B vision-language model in SFT and RL versions, aimed at multimodal reasoning (Xiaomi, 2025).',
    basis: 'The report’s overview figure: its reasoning bars against much larger vision-language models.',
    spec: { sourceId: 'mimo-vl', tables: ['benchmarks.png'], benchmarkIds: ['olympiadbench', 'mathvision', 'mathverse-vision-only', 'aime-2024', 'aime-2025'] },
    ownPrefix: 'mimo-vl',
  },
  {
    family: 'MiniCPM',
    title: 'MiniCPM',
    about: 'Small models (1.2B and 2.4B non-embedding parameters) trained with a warmup-stable-decay schedule (OpenBMB, 2024).',
    basis: 'Table 3, the base models against open models of 7B to 13B (the size class the paper claims parity with); knowledge, code and maths columns and the table’s own average.',
    spec: {
      sourceId: 'minicpm',
      tables: ['Table 3'],
      modelIds: ['minicpm-2.4b', 'minicpm-1.2b', 'llama-2-7b', 'mistral-7b', 'gemma-7b', 'qwen-7b', 'deepseek-llm-7b-base', 'llama-2-13b'],
      benchmarkIds: ['mmlu', 'c-eval', 'humaneval', 'gsm8k', 'minicpm-avg'],
    },
    ownPrefix: 'minicpm',
  },
  {
    family: 'OctoThinker',
    title: 'OctoThinker',
    about: 'Llama 3.2 base models mid-trained on maths data so that RL works on them as well as on Qwen2.5 (GAIR, 2025).',
    basis: 'The four benchmarks every RL figure of the paper tracks, for the 3B bases before RL and the two models the paper sets them against; from the authors’ plotting notebooks (the paper’s own tables are not loaded).',
    spec: {
      sourceId: 'octothinker',
      tables: ['plot/plot/octothinker-3b.ipynb', 'plot/plot/analysis_data_quality.ipynb', 'plot/plot/motivation.ipynb'],
      modelIds: ['octothinker-3b-long-base', 'octothinker-3b-hybrid-base', 'octothinker-3b-short-base', 'llama-3.2-3b', 'qwen2.5-3b'],
      benchmarkIds: ['math-500', 'gsm8k', 'olympiadbench', 'amc23'],
    },
    ownPrefix: 'octothinker',
  },
];
