import type { FileProblem, ParsedRun, ParsedValue } from './parsed-run';
import { isObject, RawNumber, type RawJson } from './raw-json';
import { checkedNumber, describe, generationOf, isoDate, stringOr } from './read-helpers';

/** Keys of a task's results entry that are labels, not metrics. */
const notMetrics = new Set(['alias', 'name', 'samples', 'sample_len', 'sample_count']);

function modelFromArgs(args: string | null): string | null {
  const m = args?.match(/(?:^|,)\s*(?:pretrained|model|path)=([^,]+)/);
  return m ? m[1]!.trim() : null;
}

function argsText(v: RawJson | undefined): string | null {
  if (typeof v === 'string') return v;
  if (isObject(v)) return Object.entries(v).map(([k, x]) => `${k}=${x instanceof RawNumber ? x.raw : String(x)}`).join(',');
  return null;
}

/**
 * Reads an lm-evaluation-harness v0.4.x results_*.json. A known group (mmlu) is imported as its
 * aggregate and its subtasks are folded into it; `isKnownTask` says which task names we map.
 */
export function readLmEval(root: RawJson, isKnownTask: (task: string) => boolean, problems: FileProblem[]): ParsedRun | null {
  if (!isObject(root) || !isObject(root.results)) {
    problems.push({ path: 'results', message: 'not an lm-evaluation-harness results file: no "results" object' });
    return null;
  }
  const config = isObject(root.config) ? root.config : {};
  const groups = isObject(root.groups) ? root.groups : {};
  const hierarchy = isObject(root.group_subtasks) ? root.group_subtasks : {};
  const nShot = isObject(root['n-shot']) ? root['n-shot'] : {};
  const nSamples = isObject(root['n-samples']) ? root['n-samples'] : {};
  const configs = isObject(root.configs) ? root.configs : {};
  const childrenOf = (task: string): string[] => {
    const list = hierarchy[task];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  };
  const leaves = (task: string, seen = new Set<string>()): string[] => {
    if (seen.has(task)) return [];
    seen.add(task);
    const kids = childrenOf(task);
    return kids.length ? kids.flatMap((k) => leaves(k, seen)) : [task];
  };
  const descendants = (task: string): string[] => childrenOf(task).flatMap((k) => [k, ...descendants(k)]);

  const tasks = [...new Set([...Object.keys(root.results), ...Object.keys(groups)])];
  const folded = new Set<string>();
  for (const t of tasks) if (isKnownTask(t) && childrenOf(t).length) for (const d of descendants(t)) folded.add(d);

  const count = (task: string, key: 'effective' | 'original'): number | null => {
    const own = nSamples[task];
    if (isObject(own) && own[key] instanceof RawNumber) return own[key].value;
    const parts = leaves(task).filter((l) => l !== task);
    if (!parts.length) return null;
    const counts = parts.map((l) => count(l, key));
    return counts.every((c) => c !== null) ? counts.reduce<number>((a, c) => a + c!, 0) : null;
  };
  const shotsOf = (task: string): number | null => {
    const own = nShot[task] ?? (isObject(configs[task]) ? configs[task].num_fewshot : undefined);
    if (own instanceof RawNumber && Number.isInteger(own.value)) return own.value;
    const shots = [...new Set(leaves(task).filter((l) => l !== task).map(shotsOf))];
    return shots.length === 1 ? shots[0]! : null;
  };

  const values: ParsedValue[] = [];
  for (const task of tasks) {
    if (folded.has(task)) continue;
    const entry = groups[task] ?? root.results[task];
    if (!isObject(entry)) {
      problems.push({ path: `results.${task}`, message: `expected an object of metrics, got ${describe(entry)}` });
      continue;
    }
    const generation = generationOf(isObject(configs[task]) ? configs[task].generation_kwargs : undefined);
    for (const [key, v] of Object.entries(entry)) {
      if (notMetrics.has(key) || !key.includes(',') || key.includes('_stderr,')) continue;
      if (v === 'N/A') continue;
      const raw = checkedNumber(v, `results.${task}["${key}"]`, problems);
      if (!raw) continue;
      const [metric, filter = 'none'] = key.split(',', 2) as [string, string?];
      const se = entry[`${metric}_stderr,${filter}`];
      values.push({
        task,
        metricKey: key,
        metricName: null,
        filter,
        shots: shotsOf(task),
        raw,
        stderr: se instanceof RawNumber && Number.isFinite(se.value) ? se : null,
        rawScale: 'fraction',
        itemsEvaluated: count(task, 'effective'),
        itemsTotal: count(task, 'original'),
        generation,
      });
    }
  }
  const modelArgs = argsText(config.model_args);
  const limit = config.limit;
  return {
    format: 'lm-eval',
    harness: 'lm-evaluation-harness',
    harnessVersion: stringOr(root.lm_eval_version),
    modelAsNamed: modelFromArgs(modelArgs) ?? stringOr(root.model_name) ?? stringOr(config.model_name),
    modelArgs,
    gitHash: stringOr(root.git_hash),
    evaluatedAt: isoDate(root.date),
    sampleLimit: limit instanceof RawNumber ? limit.raw : null,
    evaluatorName: null,
    relationship: null,
    values,
    folded: [...folded].sort(),
  };
}
