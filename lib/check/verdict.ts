import type { Claim } from './claims';
import { sameNumber, shotsAgree } from './numbers';
import type { RecordResult } from './record';
import type { CheckStatus, ReportedValue } from './types';

export interface Verdict {
  status: CheckStatus;
  model: string | null;
  benchmark: string | null;
  reported: RecordResult[];
  message: string;
}

const superseded = (r: RecordResult) => r.flags.includes('superseded');
const equal = (c: Claim, r: RecordResult) => sameNumber(c.value, r.valueAsPrinted, r.unit);
const where = (r: RecordResult) => `${r.valueAsPrinted} (${r.sourceId}, ${r.table}${r.page ? `, p. ${r.page}` : ''}${r.setting ? `, ${r.setting}` : ''})`;

/** The verdict for one model and benchmark pair that has reported values. */
function pairVerdict(claim: Claim, rs: RecordResult[]): Verdict {
  const model = rs[0]!.modelId;
  const benchmark = rs[0]!.benchmarkId;
  const current = rs.filter((r) => !superseded(r));
  const hits = current.filter((r) => equal(claim, r));
  const agree = hits.filter((r) => claim.shots === null || shotsAgree(claim.shots, r.setting));
  const base = { model, benchmark };
  if (agree.length) return { ...base, status: 'match', reported: agree, message: `equals the value reported in ${where(agree[0]!)}` };
  if (hits.length) {
    return { ...base, status: 'other_setting', reported: hits, message: `the draft says ${claim.shots}-shot; this value was reported under another setting: ${hits.map(where).join('; ')}` };
  }
  const old = rs.filter((r) => superseded(r) && equal(claim, r));
  if (old.length) {
    const orgs = new Set(old.map((r) => r.sourceOrganization));
    const newer = current.filter((r) => orgs.has(r.sourceOrganization));
    const listed = newer.length ? newer : current;
    return {
      ...base,
      status: 'superseded',
      reported: [...old, ...listed],
      message: `equals a value from a table its team later replaced (${where(old[0]!)})${listed.length ? `; the newer value: ${listed.map(where).join('; ')}` : ''}`,
    };
  }
  const pool = current.length ? current : rs;
  const closest = [...pool].sort((a, b) => Math.abs(Number(a.valueAsPrinted) - Number(claim.value)) - Math.abs(Number(b.valueAsPrinted) - Number(claim.value))).slice(0, 3);
  return { ...base, status: 'mismatch', reported: closest, message: `no reported value equals ${claim.value}; closest: ${closest.map(where).join('; ')}` };
}

/**
 * The verdict for a claim, given every reported value for the models and benchmarks its names may
 * stand for. A name that stands for several entries is settled only by the record: by the one
 * reading that has values, or the one whose values contain the number; otherwise it stays unknown.
 */
export function claimVerdict(claim: Claim, byPair: ReadonlyMap<string, RecordResult[]>): Verdict {
  const none = { model: null, benchmark: null, reported: [] as RecordResult[] };
  if (!claim.model.ids.length) return { ...none, status: 'unknown', message: `model not recognised: ${claim.model.written ?? '(no name)'}` };
  if (!claim.benchmark.ids.length) return { ...none, status: 'unknown', message: `benchmark not recognised: ${claim.benchmark.written ?? '(no name)'}` };
  const pairs: RecordResult[][] = [];
  for (const m of claim.model.ids) for (const b of claim.benchmark.ids) {
    const rs = byPair.get(`${m}\u001f${b}`);
    if (rs?.length) pairs.push(rs);
  }
  const single = (ids: string[]) => (ids.length === 1 ? ids[0]! : null);
  if (!pairs.length) {
    return { ...none, model: single(claim.model.ids), benchmark: single(claim.benchmark.ids), status: 'unknown', message: `nothing is reported for ${claim.model.written} on ${claim.benchmark.written}` };
  }
  if (pairs.length === 1) return pairVerdict(claim, pairs[0]!);
  const verdicts = pairs.map((rs) => pairVerdict(claim, rs));
  const matched = verdicts.filter((v) => v.status === 'match');
  const readings = verdicts.map((v) => `${v.model} / ${v.benchmark}`).join(', ');
  if (matched.length === 1) return { ...matched[0]!, message: `${matched[0]!.message}; the names could also mean ${readings}, and only this reading has the value` };
  return { ...none, status: 'unknown', message: `ambiguous: "${claim.model.written}" on "${claim.benchmark.written}" could mean ${readings}` };
}

/** Another value of the same model (another benchmark) or benchmark (another model) that equals the number. */
export function siblingHits(claim: Claim, v: Verdict, neighbours: readonly RecordResult[]): RecordResult[] {
  const tables = new Set(v.reported.map((r) => `${r.sourceId}\u001f${r.table}`));
  const stem = (id: string) => id.split('-')[0];
  return neighbours.filter((r) => {
    if (!equal(claim, r) || superseded(r)) return false;
    const sameTable = tables.has(`${r.sourceId}\u001f${r.table}`);
    if (r.modelId === v.model && r.benchmarkId !== v.benchmark) return sameTable || stem(r.benchmarkId) === stem(v.benchmark!);
    if (r.benchmarkId === v.benchmark && r.modelId !== v.model) return sameTable;
    return false;
  });
}

export function toReported(r: RecordResult, permalinkBase: string, own: boolean): ReportedValue {
  return {
    result_id: r.id,
    source_id: r.sourceId,
    table: r.table,
    page: r.page,
    value_as_printed: r.valueAsPrinted,
    metric: r.metric,
    setting: r.setting,
    flags: r.flags,
    permalink: `${permalinkBase}/results/${r.id}`,
    ...(own ? {} : { model: r.modelId, benchmark: r.benchmarkId }),
  };
}
