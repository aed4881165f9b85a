import type { ResultView } from '@/lib/result-view';

/** A plausible result for pure-logic tests; override what a test is about. */
export function sampleResult(over: Partial<ResultView> = {}): ResultView {
  return {
    id: '0123456789abcdef',
    sourceId: 'paper',
    sourceTitle: 'A paper',
    sourceShortTitle: 'Paper',
    sourceArxiv: null,
    sourceYear: 2025,
    sourceAuthors: 'A. Author',
    table: 'Table 1',
    page: '3',
    section: '',
    modelId: 'model-7b',
    modelName: 'Model-7B',
    modelAsPrinted: 'Model 7B',
    modelFamily: 'Qwen',
    modelStage: 'base',
    modelModality: 'text',
    modelParamsB: 7,
    benchmarkId: 'gsm8k',
    benchmarkName: 'GSM8K',
    benchmarkAsPrinted: 'GSM8K',
    benchmarkCategory: 'math',
    benchmarkHigherIsBetter: true,
    benchmarkItems: 1319,
    benchmarkItemsSplit: 'test',
    metric: '',
    setting: '',
    value: 50,
    valueAsPrinted: '50',
    unit: 'percent',
    flags: [],
    note: '',
    ...over,
  };
}
