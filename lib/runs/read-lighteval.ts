import type { FileProblem, ParsedRun, ParsedValue } from './parsed-run';
import { isObject, RawNumber, type RawJson } from './raw-json';
import { checkedNumber, describe, generationOf, stringOr } from './read-helpers';

/** "lighteval|gsm8k|5" (suite|task|shots) or "gsm8k|5" → task and shots; "all" is lighteval's own average. */
export function splitLightevalKey(key: string): { task: string; shots: number | null; suite: string | null } {
  const parts = key.split('|');
  const last = parts.at(-1) ?? '';
  const shots = /^\d+$/.test(last) ? Number(last) : null;
  const named = shots === null ? parts : parts.slice(0, -1);
  return { task: named.at(-1) ?? key, shots, suite: named.length > 1 ? named[0]! : null };
}

const num = (v: RawJson | undefined): number | null => (v instanceof RawNumber && Number.isFinite(v.value) ? v.value : null);

/** Reads a lighteval results JSON (config_general, results keyed suite|task|shots, config_tasks). */
export function readLighteval(root: RawJson, problems: FileProblem[]): ParsedRun | null {
  if (!isObject(root) || !isObject(root.results) || !isObject(root.config_general)) {
    problems.push({ path: 'config_general', message: 'not a lighteval results file: needs "config_general" and "results" objects' });
    return null;
  }
  const general = root.config_general;
  const modelConfig = isObject(general.model_config) ? general.model_config : {};
  const taskConfigs = isObject(root.config_tasks) ? root.config_tasks : {};
  const generation = generationOf(modelConfig.generation_parameters);
  const values: ParsedValue[] = [];
  for (const [key, entry] of Object.entries(root.results)) {
    if (key === 'all') continue;
    if (!isObject(entry)) {
      problems.push({ path: `results["${key}"]`, message: `expected an object of metrics, got ${describe(entry)}` });
      continue;
    }
    const { task, shots, suite } = splitLightevalKey(key);
    const cfg = taskConfigs[key] ?? taskConfigs[suite ? `${suite}|${task}` : task] ?? taskConfigs[task];
    const taskConfig = isObject(cfg) ? cfg : {};
    for (const [metric, v] of Object.entries(entry)) {
      if (metric.endsWith('_stderr')) continue;
      const raw = checkedNumber(v, `results["${key}"].${metric}`, problems);
      if (!raw) continue;
      const se = entry[`${metric}_stderr`];
      values.push({
        task,
        metricKey: metric,
        metricName: null,
        filter: '',
        shots,
        raw,
        stderr: se instanceof RawNumber && Number.isFinite(se.value) ? se : null,
        rawScale: 'fraction',
        itemsEvaluated: num(taskConfig.effective_num_docs),
        itemsTotal: num(taskConfig.original_num_docs),
        generation,
      });
    }
  }
  const maxSamples = general.max_samples;
  return {
    format: 'lighteval',
    harness: 'lighteval',
    harnessVersion: stringOr(general.lighteval_version),
    modelAsNamed: stringOr(general.model_name) ?? stringOr(modelConfig.model_name),
    modelArgs: stringOr(modelConfig.model_name) ? `model_name=${stringOr(modelConfig.model_name)}` : null,
    gitHash: stringOr(general.lighteval_sha),
    evaluatedAt: null,
    sampleLimit: maxSamples instanceof RawNumber ? maxSamples.raw : null,
    evaluatorName: null,
    relationship: null,
    values,
    folded: [],
  };
}
