/** One reported number with everything needed to show and cite it; plain and serialisable. */
export interface ResultView {
  id: string;
  sourceId: string;
  sourceTitle: string;
  sourceShortTitle: string;
  sourceArxiv: string | null;
  sourceYear: number;
  sourceAuthors: string;
  table: string;
  page: string | null;
  section: string;
  modelId: string;
  modelName: string;
  modelAsPrinted: string;
  modelFamily: string;
  modelStage: string;
  modelModality: string;
  modelParamsB: number | null;
  benchmarkId: string;
  benchmarkName: string;
  benchmarkAsPrinted: string;
  benchmarkCategory: string;
  benchmarkHigherIsBetter: boolean;
  /** Size of the benchmark's evaluated set and its split, from the catalog (null or absent: unknown). */
  benchmarkItems?: number | null;
  benchmarkItemsSplit?: string | null;
  metric: string;
  setting: string;
  value: number;
  valueAsPrinted: string;
  unit: string;
  flags: string[];
  note: string;
}
