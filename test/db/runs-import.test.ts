import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { getLeaderboardData } from '@/db/queries/leaderboard';
import { listResults } from '@/db/queries/results';
import { getRun, getViewExportContext, listRuns } from '@/db/queries/runs';
import { readDataVersion } from '@/db/queries/version-cache';
import { eeeSchemaProblems } from '@/lib/runs/eee/validate';
import { runToEee } from '@/lib/runs/export-eee';
import { runToEvalResultsYaml } from '@/lib/runs/export-hf-yaml';
import { eeeExportable, resultsToEee, resultsToEvalResultsYaml } from '@/lib/runs/export-view';
import { importRunFile } from '@/seeds/program/import-run';
import { SeedValidationError } from '@/seeds/program/problems';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { snapshotDatabase } from './snapshot';
import { openTestDatabase } from './test-database';

const fixture = (name: string) => path.resolve('test/fixtures/runs', name);
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
});
afterAll(() => handle?.close());

async function problemsOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as Error).message;
}

describe('importing evaluation runs', () => {
  it('refuses bad files with a clear message and writes nothing', async () => {
    const before = await snapshotDatabase(handle.db);
    const version = await readDataVersion(handle.db);
    expect(await problemsOf(importRunFile(handle.db, fixture('bad-truncated.json'), { format: 'lm-eval' }))).toMatch(/bad-truncated\.json.*ends early \(truncated\?\)/);
    expect(await problemsOf(importRunFile(handle.db, fixture('bad-nan.json'), { format: 'lm-eval' }))).toMatch(/results\.gsm8k\["exact_match,flexible-extract"\].*got NaN/);
    expect(await problemsOf(importRunFile(handle.db, fixture('bad-wrong-type.json'), { format: 'lm-eval' }))).toMatch(/expected a finite number, got the string "0\.83"/);
    expect(await problemsOf(importRunFile(handle.db, fixture('bad-unknown-task.json'), { format: 'lm-eval' }))).toMatch(/run-tasks\.json.*task pile_10k/);
    expect(await problemsOf(importRunFile(handle.db, fixture('bad-unknown-task.json'), { format: 'lm-eval', skipUnknown: true }))).toMatch(/no value of a known task/);
    expect(await problemsOf(importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', model: 'Nobody/Nothing-1B' }))).toMatch(/unknown model "Nobody\/Nothing-1B"/);
    expect(await problemsOf(importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'eee' }))).toMatch(/Every Eval Ever schema: must have required property 'schema_version'/);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
    expect(await readDataVersion(handle.db)).toBe(version);
    expect(await listRuns({ db: handle.db })).toEqual([]);
  });

  it('imports both gsm8k filters as a run, keeps raw values, and leaves results and the leaderboard alone', async () => {
    // The reported part of the leaderboard's data stays as it was; the run values come beside it.
    const reportedPart = async () => {
      const { runValues, ...reported } = await getLeaderboardData({ db: handle.db });
      return { reported: JSON.stringify(reported), runValues };
    };
    const leaderboard = (await reportedPart()).reported;
    const before = await snapshotDatabase(handle.db);
    const version = await readDataVersion(handle.db);
    const dry = await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Ada', dryRun: true });
    expect(dry.summary['run values'].inserted).toBe(2);
    expect(await listRuns({ db: handle.db })).toEqual([]);
    const out = await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Ada' });
    expect(out.summary.runs.inserted).toBe(1);
    expect(out.subsetNote).toBeNull();
    expect(await readDataVersion(handle.db)).toBe(version + 1);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
    const after = await reportedPart();
    expect(after.reported).toBe(leaderboard);
    expect(after.runValues.filter((r) => r.runId === out.runId).map((r) => [r.benchmarkId, r.valueRaw])).toEqual([['gsm8k', '0.8324488248673237'], ['gsm8k', '0.849128127369219']]);

    const detail = (await getRun({ id: out.runId, db: handle.db }))!;
    expect(detail.run).toMatchObject({ runName: 'Ada', modelId: 'qwen2.5-7b', harness: 'lm-evaluation-harness', harnessVersion: '0.4.9.2', gitHash: '4e7e0d4', modelArgs: 'pretrained=Qwen/Qwen2.5-7B,dtype=bfloat16', evaluatorRelationship: 'third_party', sourceFile: 'lm-eval-0.4.9-gsm8k.json' });
    expect(detail.run.evaluatedAt).toBe('2025-12-04T08:00:00.500Z');
    expect(detail.values.map((v) => [v.metricKey, v.metric, v.filter, v.shots, v.valueRaw, v.value, v.itemsEvaluated])).toEqual([
      ['exact_match,strict-match', 'EM strict', 'strict-match', 4, '0.8324488248673237', 83.24488248673237, 1319],
      ['exact_match,flexible-extract', 'EM flexible', 'flexible-extract', 4, '0.849128127369219', 84.9128127369219, 1319],
    ]);
    expect(JSON.parse(detail.values[0]!.generation)).toEqual({ do_sample: false, temperature: 0.0 });
    expect(detail.reported.length).toBeGreaterThan(0);

    const again = await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Ada' });
    expect(again.summary.runs).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await readDataVersion(handle.db)).toBe(version + 1);
  });

  it('says when a run evaluated a subset (limit)', async () => {
    const out = await importRunFile(handle.db, fixture('lm-eval-0.4.9-gsm8k-limit.json'), { format: 'lm-eval', runName: 'Ada' });
    expect(out.subsetNote).toMatch(/subset run: limit 100/);
    const detail = (await getRun({ id: out.runId, db: handle.db }))!;
    expect(detail.run.sampleLimit).toBe('100');
    expect(detail.values[0]).toMatchObject({ itemsEvaluated: 100, itemsTotal: 1319 });
  });

  it('imports a group as its aggregate, folding its subtasks, from an older harness version', async () => {
    const out = await importRunFile(handle.db, fixture('lm-eval-0.4.3-mmlu-group.json'), { format: 'lm-eval', runName: 'Grace' });
    expect(out.folded).toEqual(['mmlu_abstract_algebra', 'mmlu_college_physics', 'mmlu_formal_logic', 'mmlu_humanities', 'mmlu_philosophy', 'mmlu_stem']);
    const detail = (await getRun({ id: out.runId, db: handle.db }))!;
    expect(detail.run).toMatchObject({ modelId: 'llama-3.1-8b', harnessVersion: null });
    expect(detail.values.map((v) => [v.benchmarkId, v.valueRaw, v.value, v.shots, v.itemsEvaluated])).toEqual([['mmlu', '0.6512', 65.12, 5, 639]]);

    const arc = await importRunFile(handle.db, fixture('lm-eval-0.4.0-arc-challenge.json'), { format: 'lm-eval', runName: 'Grace' });
    const arcDetail = (await getRun({ id: arc.runId, db: handle.db }))!;
    expect(arcDetail.run).toMatchObject({ modelId: 'mimo-7b-base', evaluatedAt: null });
    expect(arcDetail.values.map((v) => [v.metric, v.shots, v.itemsEvaluated])).toEqual([['Acc.', 25, null], ['Acc. (length-normalised)', 25, null]]);

    // a file without a date keeps the time its name carries, as the harness names result files
    const named = path.join(mkdtempSync(path.join(tmpdir(), 'runs-named-')), 'results_2024-07-15T14-24-37.334747.json');
    copyFileSync(fixture('lm-eval-0.4.0-arc-challenge.json'), named);
    // the same content by the same person is the same run: re-importing it under its harness name would update it
    const dated = await importRunFile(handle.db, named, { format: 'lm-eval', runName: 'Grace', dryRun: true });
    expect(dated.summary.runs).toMatchObject({ inserted: 0, updated: 1 });
    expect(dated.runId).toBe(arc.runId);
    const datedRun = await importRunFile(handle.db, named, { format: 'lm-eval', runName: 'Grace (named file)' });
    expect((await getRun({ id: datedRun.runId, db: handle.db }))!.run.evaluatedAt).toBe('2024-07-15T14:24:37.334Z');
  });

  it('imports lighteval and Every Eval Ever files', async () => {
    const light = await importRunFile(handle.db, fixture('lighteval-gsm8k.json'), { format: 'lighteval', runName: 'Lin' });
    const lightDetail = (await getRun({ id: light.runId, db: handle.db }))!;
    expect(lightDetail.run).toMatchObject({ modelId: 'qwen2.5-7b-instruct', gitHash: '203045a8431bc9b77245c9998e05fc54509ea07f' });
    expect(lightDetail.values.map((v) => [v.task, v.metric, v.shots, v.value, v.itemsTotal])).toEqual([['gsm8k', 'EM', 5, 87.03563305534496, 1319]]);

    const eee = await importRunFile(handle.db, fixture('eee-gsm8k.json'), { format: 'eee' });
    const eeeDetail = (await getRun({ id: eee.runId, db: handle.db }))!;
    expect(eeeDetail.run).toMatchObject({ modelId: 'mimo-7b-base', runName: 'Example Lab', harness: 'lm_eval', gitHash: '4e7e0d4' });
    expect(eeeDetail.values.map((v) => [v.task, v.metricKey, v.metric, v.shots, v.value, v.stderrRaw])).toEqual([
      ['gsm8k', 'exact_match,strict-match', 'EM strict', 8, 76.34571645185746, '0.0117'],
    ]);
  });

  it('exports every run as schema-valid EEE JSON that imports back to the same numbers, and as .eval_results YAML', async () => {
    const all = await listRuns({ db: handle.db });
    expect(all.length).toBe(7);
    const work = mkdtempSync(path.join(tmpdir(), 'runs-export-'));
    for (const summary of all) {
      const detail = (await getRun({ id: summary.id, db: handle.db }))!;
      const doc = runToEee(detail, new Date('2026-12-05T12:00:00Z'));
      expect(eeeSchemaProblems(doc)).toEqual([]);
      const file = path.join(work, `${summary.id}.json`);
      writeFileSync(file, JSON.stringify(doc, null, 2));
      const back = await importRunFile(handle.db, file, { format: 'eee', dryRun: true });
      expect(back.summary['run values'].inserted).toBe(detail.values.length);
      const imported = await importRunFile(handle.db, file, { format: 'eee', runName: `${detail.run.runName} (round trip)` });
      const again = (await getRun({ id: imported.runId, db: handle.db }))!;
      const numbers = (d: typeof detail) => d.values.map((v) => [v.benchmarkId, v.metricKey, v.shots, v.value, v.stderr, v.itemsEvaluated]);
      expect(numbers(again)).toEqual(numbers(detail));
      expect(again.run.modelId).toBe(detail.run.modelId);

      const yaml = parseYaml(runToEvalResultsYaml(detail, `https://example.org/runs/${summary.id}`)) as { dataset: { id: string }; value: number; notes: string }[];
      expect(yaml.map((e) => e.value)).toEqual(detail.values.map((v) => v.value));
      expect(yaml.every((e) => typeof e.dataset.id === 'string' && e.notes.length > 0)).toBe(true);
    }
  });

  it('exports every reported result as schema-valid EEE documents and parseable .eval_results YAML', async () => {
    const rows = await listResults({ db: handle.db });
    const context = await getViewExportContext({ db: handle.db, modelIds: [...new Set(rows.map((r) => r.modelId))], sourceIds: [...new Set(rows.map((r) => r.sourceId))] });
    const docs = resultsToEee(rows, context, new Date('2026-12-05T12:00:00Z'));
    const bounded = rows.filter(eeeExportable);
    expect(bounded.length).toBeGreaterThan(rows.length - 100);
    expect(docs.length).toBe(new Set(bounded.map((r) => `${r.modelId}/${r.sourceId}`)).size);
    for (const doc of docs) expect([doc.evaluation_id, eeeSchemaProblems(doc)]).toEqual([doc.evaluation_id, []]);
    const scores = docs.flatMap((d) => (d.evaluation_results as { score_details: { score: number } }[]).map((r) => r.score_details.score));
    expect(scores.sort()).toEqual(bounded.map((r) => r.value).sort());
    const mimo = docs.find((d) => d.evaluation_id === 'benchboard/mimo-7b/mimo-7b-rl')!;
    expect(mimo).toMatchObject({ model_info: { id: 'XiaomiMiMo/MiMo-7B-RL' }, source_metadata: { evaluator_relationship: 'first_party', source_type: 'documentation' } });

    const gsm = rows.filter((r) => r.benchmarkId === 'gsm8k' && r.unit === 'percent');
    const yaml = parseAllDocuments(resultsToEvalResultsYaml(gsm, context));
    expect(yaml.every((d) => d.errors.length === 0)).toBe(true);
    const values = yaml.flatMap((d) => (d.toJS() as { dataset: { id: string }; value: number }[]).map((e) => [e.dataset.id, e.value]));
    expect(values.map((v) => String(v)).sort()).toEqual(gsm.map((r) => String(['openai/gsm8k', r.value])).sort());
  });
});
