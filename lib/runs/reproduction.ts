import { z95 } from '../uncertainty';

/** A reported number for the same model and benchmark as a run value. */
export interface ReportedValue {
  resultId: string;
  sourceId: string;
  sourceTitle: string;
  tableLabel: string;
  metric: string;
  setting: string;
  value: number;
  valueAsPrinted: string;
  unit: string;
}

export interface MeasuredValue {
  value: number;
  metric: string;
  filter: string;
  shots: number | null;
  /** Standard error in percent points, from the harness. */
  stderr: number | null;
  itemsEvaluated: number | null;
  itemsTotal: number | null;
}

export interface Comparison {
  reported: ReportedValue;
  /** Run minus reported, in percent points; null when the reported unit is not a percentage. */
  delta: number | null;
  /** Half-width of the combined 95% sampling interval of the difference; null when unknown. */
  interval: number | null;
  intervalMethod: string | null;
  within: boolean | null;
  /** Where the run's setting differs from the printed one: shots, metric, filter. */
  settingDifferences: string[];
}

const binomialSe = (percent: number, n: number | null): number | null =>
  n && n > 0 && percent >= 0 && percent <= 100 ? 100 * Math.sqrt(((percent / 100) * (1 - percent / 100)) / n) : null;

const shotsIn = (setting: string): number | null => {
  const m = setting.match(/(\d+)[- ]?shot/i) ?? (/zero[- ]?shot/i.test(setting) ? ['', '0'] : null);
  return m ? Number(m[1]) : null;
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9@]/g, '');

/** How a measured value compares with one reported value; the method is described in docs/runs.md. */
export function compareWithReported(run: MeasuredValue, reported: ReportedValue, benchmarkItems: number | null): Comparison {
  const reportedPercent = reported.unit === 'percent' ? reported.value : reported.unit === 'fraction' ? reported.value * 100 : null;
  const differences: string[] = [];
  const printedShots = shotsIn(reported.setting);
  if (run.shots !== null && printedShots !== null && run.shots !== printedShots) differences.push(`shots: ${run.shots} run vs ${printedShots} reported`);
  if (run.shots !== null && printedShots === null) differences.push(`shots: ${run.shots} run, not printed`);
  if (reported.metric && !norm(run.metric).startsWith(norm(reported.metric))) differences.push(`metric: ${run.metric} run vs ${reported.metric} reported`);
  if (run.filter && run.filter !== 'none') differences.push(`filter: ${run.filter}`);
  if (reportedPercent === null) return { reported, delta: null, interval: null, intervalMethod: null, within: null, settingDifferences: differences };
  const delta = Number((run.value - reportedPercent).toFixed(4));
  const n = run.itemsEvaluated ?? run.itemsTotal ?? benchmarkItems;
  const runSe = run.stderr ?? binomialSe(run.value, n);
  const reportedSe = binomialSe(reportedPercent, benchmarkItems ?? run.itemsTotal);
  if (runSe === null || reportedSe === null) return { reported, delta, interval: null, intervalMethod: null, within: null, settingDifferences: differences };
  const interval = Number((z95 * Math.sqrt(runSe ** 2 + reportedSe ** 2)).toFixed(4));
  const method = `${run.stderr !== null ? 'harness stderr' : `binomial on ${n} items`} + binomial on ${benchmarkItems ?? run.itemsTotal} items for the report`;
  return { reported, delta, interval, intervalMethod: method, within: Math.abs(delta) <= interval, settingDifferences: differences };
}
