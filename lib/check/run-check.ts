import type { NameHits } from './claims';
import { draftClaims, draftKeys, normaliseDraft, splitDraft } from './extract';
import { lineLocator } from './positions';
import type { CheckRecordReader, RecordResult } from './record';
import { checkStatuses, type CheckReport, type CheckStatus, type Finding } from './types';
import { claimVerdict, siblingHits, toReported } from './verdict';

/** Checks every score in a draft against the record; reads only what the draft's names need. */
export async function runCheck(input: string, reader: CheckRecordReader, permalinkBase = ''): Promise<CheckReport> {
  const text = normaliseDraft(input);
  const parts = splitDraft(text);
  const keys = draftKeys(parts);
  const names = keys.length ? await reader.names(keys) : [];
  const index = new Map<string, NameHits>();
  for (const n of names) {
    const hits = index.get(n.key) ?? { models: [], benchmarks: [] };
    const list = n.kind === 'model' ? hits.models : hits.benchmarks;
    if (!list.includes(n.id)) list.push(n.id);
    index.set(n.key, hits);
  }
  const claims = draftClaims(parts, index);
  const models = [...new Set(claims.flatMap((c) => c.model.ids))];
  const benchmarks = [...new Set(claims.flatMap((c) => c.benchmark.ids))];
  const results = models.length && benchmarks.length ? await reader.results(models, benchmarks) : [];
  const byPair = new Map<string, RecordResult[]>();
  for (const r of results) {
    const key = `${r.modelId}\u001f${r.benchmarkId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), r]);
  }
  const verdicts = claims.map((c) => claimVerdict(c, byPair));
  const mismatched = verdicts.filter((v) => v.status === 'mismatch');
  const neighbours = mismatched.length
    ? await reader.neighbours(
        [...new Set(mismatched.map((v) => v.model!))],
        [...new Set(mismatched.map((v) => v.benchmark!))],
        [...new Map(mismatched.flatMap((v) => v.reported).map((r) => [`${r.sourceId}\u001f${r.table}`, { sourceId: r.sourceId, table: r.table }])).values()],
      )
    : [];
  const locate = lineLocator(text);
  const findings: Finding[] = claims.map((claim, i) => {
    const v = verdicts[i]!;
    const { line, column } = locate(claim.offset);
    const reported = v.reported.map((r) => toReported(r, permalinkBase, true));
    let message = v.message;
    if (v.status === 'mismatch') {
      const siblings = siblingHits(claim, v, neighbours);
      if (siblings.length) {
        const s = siblings[0]!;
        message += `; it equals ${s.modelName}'s ${s.benchmarkName} value in ${s.sourceId}, ${s.table}${s.modelId === v.model ? ' (another benchmark variant or column)' : ' (a neighbouring model row)'}`;
        reported.push(...siblings.slice(0, 3).map((r) => toReported(r, permalinkBase, false)));
      }
    }
    return {
      line,
      column,
      value: claim.value,
      model: v.model,
      benchmark: v.benchmark,
      status: v.status,
      reported,
      message,
      model_as_written: claim.model.written,
      benchmark_as_written: claim.benchmark.written,
      setting: claim.shots === null ? null : `${claim.shots}-shot`,
      context: claim.context,
    };
  });
  const summary = Object.fromEntries(checkStatuses.map((s) => [s, 0])) as Record<CheckStatus, number>;
  for (const f of findings) summary[f.status] += 1;
  const cited = [...new Set(findings.filter((f) => f.status === 'match').flatMap((f) => f.reported.map((r) => r.source_id)))].sort();
  const entries = cited.length ? await reader.bibtex(cited) : [];
  return { findings, summary, bibtex: entries.map((e) => e.bibtex.trim()).join('\n\n') };
}
