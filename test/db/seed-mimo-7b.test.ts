import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { listResults } from '@/db/queries/results';
import { readSeedDirectory } from '@/seeds/program/read-seeds';
import { writeSeedBundle } from '@/seeds/program/write-bundle';
import { snapshotDatabase } from './snapshot';
import { openTestDatabase, testDriver } from './test-database';

const seedsDir = path.resolve('seeds');
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
  await writeSeedBundle(handle.db, readSeedDirectory(seedsDir));
});
afterAll(() => handle?.close());

describe(`MiMo-7B seed on ${testDriver}`, () => {
  it('holds every cell of Tables 1, 4, 5 and 6 plus the README-only row', async () => {
    const rows = await listResults({ filters: { source: ['mimo-7b'] }, db: handle.db });
    const perTable = Object.fromEntries(
      ['Table 1', 'Table 4', 'Table 5', 'Table 6', 'README: MiMo-7B-RL-0530 table'].map((t) => [
        t,
        rows.filter((r) => r.table === t).length,
      ]),
    );
    expect(perTable).toEqual({ 'Table 1': 116, 'Table 4': 70, 'Table 5': 20, 'Table 6': 24, 'README: MiMo-7B-RL-0530 table': 1 });
    expect(rows.filter((r) => r.table === 'Table 1' && r.flags.includes('self_evaluated'))).toHaveLength(30);
  });

  it.each([
    // table, model, benchmark, value as printed, page, flags
    ['Table 1', 'llama-3.1-8b', 'bbh', '64.2', '9', []],
    ['Table 1', 'mimo-7b-base', 'cmmlu', '70.9', '9', []],
    ['Table 1', 'qwen2.5-7b', 'gsm8k', '80.2', '9', ['self_evaluated']],
    ['Table 1', 'gemma-2-9b', 'aime-2024', '0.0', '9', ['self_evaluated']],
    ['Table 1', 'llama-3.1-8b', 'agieval', '38.2', '9', ['self_evaluated']],
    ['Table 4', 'mimo-7b-rl', 'aime-2025', '55.4', '17', ['setting_from_text']],
    ['Table 4', 'gpt-4o-0513', 'gpqa-diamond', '49.9', '17', ['setting_from_text']],
    ['Table 4', 'deepseek-r1-distill-qwen-7b', 'livecodebench-v6', '23.9', '17', ['setting_from_text']],
    ['Table 5', 'mimo-7b-rl-zero', 'aime-2024', '56.4', '18', ['setting_from_text']],
    ['Table 6', 'mimo-7b-rl-0530', 'alignbench-v1.1', '7.4', '19', ['llm_judged']],
    ['Table 6', 'mimo-7b-sft', 'aime-2024', '58.7', '19', []],
    ['README: MiMo-7B-RL-0530 table', 'mimo-7b-rl-0530', 'livecodebench-v6', '52.2', null, ['setting_from_text']],
  ])('%s: %s on %s is %s (p. %s)', async (table, model, benchmark, printed, page, flags) => {
    const rows = await listResults({ filters: { model: [model], benchmark: [benchmark] }, db: handle.db });
    const row = rows.find((r) => r.table === table);
    expect(row).toBeDefined();
    expect(row!.valueAsPrinted).toBe(printed);
    expect(row!.value).toBe(Number(printed));
    expect(row!.page).toBe(page);
    expect(row!.flags).toEqual(flags);
    expect(row!.sourceArxiv).toBe('2505.07608');
  });

  it('keeps settings: Table 4 AIME averages 32 samples, Table 6 states the context length', async () => {
    const [t4] = (await listResults({ filters: { model: ['mimo-7b-rl'], benchmark: ['aime-2025'] }, db: handle.db })).filter(
      (r) => r.table === 'Table 4',
    );
    expect(t4!.setting).toContain('32 samples averaged');
    expect(t4!.metric).toBe('Pass@1');
    const [t6] = await listResults({ filters: { model: ['mimo-7b-rl-0530'], benchmark: ['math-500'] }, db: handle.db });
    expect(t6!.setting).toContain('48K context');
  });

  it('changes nothing when run again', async () => {
    const before = await snapshotDatabase(handle.db);
    const summary = await writeSeedBundle(handle.db, readSeedDirectory(seedsDir));
    for (const change of Object.values(summary)) {
      expect(change.inserted + change.updated + change.deleted).toBe(0);
    }
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });

  it('reports but writes nothing on a dry run', async () => {
    const before = await snapshotDatabase(handle.db);
    const bundle = readSeedDirectory(seedsDir);
    bundle.results = bundle.results.slice(1);
    const summary = await writeSeedBundle(handle.db, bundle, { dryRun: true });
    expect(summary.results.deleted).toBe(1);
    expect(await snapshotDatabase(handle.db)).toEqual(before);
  });
});
