/** What the draft says a name is: the words written, and the catalog ids they may stand for. */
export interface NameRef {
  written: string | null;
  ids: string[];
}

/** One number of the draft that is a score of a model on a benchmark, before it is checked. */
export interface Claim {
  offset: number;
  value: string;
  model: NameRef;
  benchmark: NameRef;
  /** The shot count the draft states for this number, if any. */
  shots: number | null;
  context: 'latex' | 'markdown' | 'csv' | 'prose';
}

/** The catalog entries a name key stands for. */
export interface NameHits {
  models: string[];
  benchmarks: string[];
}
export type NameIndex = ReadonlyMap<string, NameHits>;
