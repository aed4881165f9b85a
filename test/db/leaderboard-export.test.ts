import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { getLeaderboardCatalog } from '@/db/queries/leaderboard-catalog';
import { queryLeaderboardViewExport } from '@/db/queries/leaderboard-export';
import { queryLeaderboardView } from '@/db/queries/leaderboard-view';
import { getViewExportContext } from '@/db/queries/runs';
import { emptyView, type LeaderboardView } from '@/lib/leaderboard/view-params';
import { eeeSchemaProblems } from '@/lib/runs/eee/validate';
import { leaderboardViewToEee, leaderboardViewToYaml } from '@/lib/runs/export-leaderboard-view';
import { eeeExportable } from '@/lib/runs/export-view';
import { importRunFile } from '@/seeds/program/import-run';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { openTestDatabase, testDriver } from './test-database';

let handle: DatabaseHandle;
let runId = '';

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(path.resolve('seeds')));
  runId = (await importRunFile(handle.db, path.resolve('test/fixtures/runs/lm-eval-0.4.9-gsm8k.json'), { format: 'lm-eval', runName: 'Export Tester' })).runId;
}, 120_000);
afterAll(() => handle?.close());

async function exportOf(view: LeaderboardView) {
  const catalog = await getLeaderboardCatalog({ db: handle.db, countUpTo: 0 });
  const found = (await queryLeaderboardViewExport({ db: handle.db, view, benchmarks: catalog.benchmarks }))!;
  const context = await getViewExportContext({ db: handle.db, modelIds: [...new Set(found.results.map((r) => r.modelId))], sourceIds: [...new Set(found.results.map((r) => r.sourceId))] });
  return { found, catalog, eee: leaderboardViewToEee(found, context, new Date()), yaml: leaderboardViewToYaml(found, context, (id) => `http://x/runs/${id}`) };
}

describe(`the leaderboard view as EEE JSON and .eval_results YAML (${testDriver})`, () => {
  it('covers every page of the view: each shown reported value once, and no run without runs=1', async () => {
    const view = { ...emptyView, families: ['Qwen'] };
    const { found, catalog, eee } = await exportOf(view);
    const all = await queryLeaderboardView({ db: handle.db, view: { ...view, rows: 200 }, benchmarks: catalog.benchmarks });
    expect(found.rowCount).toBeGreaterThan(view.rows);
    expect(found.results.map((r) => r.id)).toEqual(all.table.rows.flatMap((r) => all.table.columns.flatMap((c) => r.cells[c.benchmark.id]?.value.id ?? [])));
    expect(found.runs).toEqual([]);
    for (const doc of eee) expect(eeeSchemaProblems(doc)).toEqual([]);
    const scored = eee.flatMap((d) => (d as { evaluation_results: { evaluation_result_id: string }[] }).evaluation_results.map((r) => r.evaluation_result_id));
    expect(scored.sort()).toEqual(found.results.filter(eeeExportable).map((r) => r.id).sort());
  });

  it('with runs=1 adds the shown run values as a valid evaluation_run document marked by its evaluator relationship', async () => {
    const { found, eee, yaml } = await exportOf({ ...emptyView, runs: true, q: 'qwen2.5-7b' });
    expect(found.runs.map((r) => [r.run.id, r.values.map((v) => v.position)])).toEqual([[runId, [0]]]);
    for (const doc of eee) expect(eeeSchemaProblems(doc)).toEqual([]);
    const measured = eee.filter((d) => (d.source_metadata as { source_type: string }).source_type === 'evaluation_run');
    expect(measured).toHaveLength(1);
    expect(measured[0]!.source_metadata).toMatchObject({ source_organization_name: 'Export Tester', evaluator_relationship: 'third_party' });
    expect((measured[0]!.evaluation_results as { score_details: { score: number } }[]).map((r) => r.score_details.score)).toEqual([0.8324488248673237]);
    const docs = parseAllDocuments(yaml);
    expect(docs.every((d) => d.errors.length === 0)).toBe(true);
    expect(yaml).toContain(`run ${runId}, measured by Export Tester (not a reported value)`);
  });
});
