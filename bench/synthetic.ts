import type { SeedBundle } from '../seeds/program/read-seeds';
import { resultId } from '../seeds/program/result-id';

/** A made-up dataset of `n` results (models x benchmarks from one source), for measuring scale only. */
export function syntheticBundle(n: number): SeedBundle {
  const benchmarkCount = 60;
  const modelCount = Math.ceil(n / benchmarkCount);
  const models = Array.from({ length: modelCount }, (_, i) => ({
    id: `synthetic-model-${i}`,
    name: `Synthetic Model ${i}`,
    family: `Family ${i % 12}`,
    organization: `Org ${i % 12}`,
    paramsB: 1 + (i % 70),
    paramsNote: '',
    modality: 'text',
    stage: ['base', 'sft', 'rl', 'instruct'][i % 4]!,
    baseModelId: null,
    openWeights: true,
    aliases: [`Synthetic Model ${i}`],
  }));
  const benchmarks = Array.from({ length: benchmarkCount }, (_, j) => ({
    id: `synthetic-bench-${j}`,
    name: `Synthetic Bench ${j}`,
    category: ['math', 'code', 'reasoning', 'knowledge', 'science'][j % 5]!,
    modality: 'text',
    scale: 'percent',
    higherIsBetter: true,
    description: 'A synthetic benchmark for scale measurements.',
    aliases: [`Synthetic Bench ${j}`],
  }));
  const results = Array.from({ length: n }, (_, k) => {
    const m = models[Math.floor(k / benchmarkCount)]!;
    const b = benchmarks[k % benchmarkCount]!;
    const value = ((k * 7919) % 1000) / 10;
    const key = {
      sourceId: 'synthetic',
      tableLabel: 'Table 1',
      section: '',
      modelId: m.id,
      benchmarkId: b.id,
      metric: 'EM',
      setting: '0-shot',
      modelAsPrinted: m.name,
      benchmarkAsPrinted: b.name,
    };
    return { id: resultId(key), ...key, page: '1', value, valueAsPrinted: value.toFixed(1), unit: 'percent', flags: [], note: '', position: k, origin: 'seeds/synthetic' };
  });
  return {
    folder: 'seeds',
    models,
    benchmarks,
    sources: [
      {
        id: 'synthetic',
        title: 'Synthetic data for scale measurements',
        shortTitle: 'Synthetic',
        authors: 'Benchboard bench',
        organization: 'Benchboard',
        year: 2026,
        kind: 'paper',
        arxivId: null,
        url: null,
        codeUrl: null,
        revision: null,
        paginated: true,
        bibtex: '@misc{synthetic, title={Synthetic}, year={2026}}',
        note: '',
      },
    ],
    sourceTables: [{ sourceId: 'synthetic', label: 'Table 1', kind: 'table', page: '1', caption: 'Synthetic.', layout: 'model-rows', position: 0 }],
    results,
    curves: { series: [], points: [] },
  };
}
