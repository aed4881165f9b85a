import { createHash } from 'node:crypto';

export interface ResultKey {
  sourceId: string;
  tableLabel: string;
  section: string;
  modelId: string;
  benchmarkId: string;
  metric: string;
  setting: string;
  modelAsPrinted: string;
  benchmarkAsPrinted: string;
}

/** A stable id from the natural key, so a result's permalink survives re-seeding on any database. */
export function resultId(key: ResultKey): string {
  const parts = [
    key.sourceId,
    key.tableLabel,
    key.section,
    key.modelId,
    key.benchmarkId,
    key.metric,
    key.setting,
    key.modelAsPrinted,
    key.benchmarkAsPrinted,
  ];
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 16);
}
