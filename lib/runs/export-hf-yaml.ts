import { stringify } from 'yaml';
import type { ExportableRun } from './export-eee';
import { displayValue } from './percent';

/** Hub dataset ids of the benchmarks whose Hub dataset we know; other benchmarks are left out of the YAML (listed in a comment). */
export const hubDatasets: Record<string, { id: string; task_id?: string }> = {
  gsm8k: { id: 'openai/gsm8k', task_id: 'main' },
  mmlu: { id: 'cais/mmlu' },
  'mmlu-pro': { id: 'TIGER-Lab/MMLU-Pro' },
  'arc-c': { id: 'allenai/ai2_arc', task_id: 'ARC-Challenge' },
  'arc-e': { id: 'allenai/ai2_arc', task_id: 'ARC-Easy' },
  hellaswag: { id: 'Rowan/hellaswag' },
  winogrande: { id: 'allenai/winogrande' },
  'gpqa-diamond': { id: 'Idavidrein/gpqa', task_id: 'gpqa_diamond' },
  'math-500': { id: 'HuggingFaceH4/MATH-500' },
  humaneval: { id: 'openai/openai_humaneval' },
  ifeval: { id: 'google/IFEval' },
};

/**
 * A run as a Hugging Face model repo `.eval_results/*.yaml` file: a list of entries with dataset,
 * value (percent, as model cards print it), date, source and notes naming metric and setting.
 */
export function runToEvalResultsYaml({ run, values }: ExportableRun, sourceUrl: string): string {
  const known = values.filter((v) => hubDatasets[v.benchmarkId]);
  const left = values.filter((v) => !hubDatasets[v.benchmarkId]).map((v) => v.benchmarkId);
  const entries = known.map((v) => ({
    dataset: hubDatasets[v.benchmarkId],
    value: displayValue(v.valueRaw, v.rawScale),
    ...(run.evaluatedAt ? { date: run.evaluatedAt } : {}),
    source: { url: sourceUrl, name: `${run.harness} run by ${run.runName}` },
    notes: [v.metric, v.shots === null ? null : `${v.shots}-shot`, run.sampleLimit ? `limit ${run.sampleLimit} (subset)` : null].filter(Boolean).join(', '),
  }));
  const head = `# ${run.modelAsNamed}: ${run.harness} run ${run.id}, measured by ${run.runName} (not a reported value)\n`;
  const note = left.length ? `# left out (no known Hub dataset): ${[...new Set(left)].join(', ')}\n` : '';
  return head + note + stringify(entries);
}
