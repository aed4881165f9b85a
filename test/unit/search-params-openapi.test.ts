import { describe, expect, it } from 'vitest';
import { ledgerAliases, ledgerParams } from '@/lib/ledger-params';
import { openApiDocument } from '@/lib/openapi';
import { resultFilterParams } from '@/lib/result-filters';
import { leaderboardDataParams } from '@/lib/search-params/leaderboard-data';
import { resultsParams } from '@/lib/search-params/results';
import { runParams, runsParams } from '@/lib/search-params/runs';

type Parameter = { name: string; in: string; deprecated?: boolean };
const paths = openApiDocument.paths as unknown as Record<string, { get: { parameters?: Parameter[] } }>;
const query = (path: string) => (paths[path]!.get.parameters ?? []).filter((p) => p.in === 'query');

describe('the OpenAPI document names exactly the parameters each route schema reads', () => {
  it.each([
    ['/api/results', Object.keys(resultsParams), []],
    ['/api/discrepancies', [...Object.keys(resultFilterParams), ...Object.keys(ledgerParams).filter((k) => k !== 'page' && k !== 'same_setting')], ledgerAliases.map((a) => a.old)],
    ['/api/runs', Object.keys(runsParams), []],
    ['/api/runs/{id}', Object.keys(runParams), []],
    ['/api/leaderboard', Object.keys(leaderboardDataParams), []],
  ])('%s', (path, canonical, old) => {
    const documented = query(path);
    expect(documented.filter((p) => !p.deprecated).map((p) => p.name).sort()).toEqual([...canonical].sort());
    expect(documented.filter((p) => p.deprecated).map((p) => p.name).sort()).toEqual([...old].sort());
  });
});
