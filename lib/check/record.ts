/** A reported number as the checker reads it from the record. */
export interface RecordResult {
  id: string;
  sourceId: string;
  sourceOrganization: string;
  table: string;
  page: string | null;
  modelId: string;
  modelName: string;
  benchmarkId: string;
  benchmarkName: string;
  metric: string;
  setting: string;
  valueAsPrinted: string;
  unit: string;
  flags: string[];
}

export interface CatalogName {
  kind: 'model' | 'benchmark';
  id: string;
  key: string;
}

/** The reads the checker needs; db/queries/check-record.ts implements them. */
export interface CheckRecordReader {
  names(keys: string[]): Promise<CatalogName[]>;
  results(models: string[], benchmarks: string[]): Promise<RecordResult[]>;
  /** Results in the given source tables for these models or benchmarks, and these models' results elsewhere. */
  neighbours(models: string[], benchmarks: string[], tables: { sourceId: string; table: string }[]): Promise<RecordResult[]>;
  bibtex(sourceIds: string[]): Promise<{ id: string; bibtex: string }[]>;
}
