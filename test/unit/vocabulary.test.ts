import { readFileSync } from 'node:fs';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { benchmarks, leaderboardCells, models, results, sources, sourceTables } from '@/db/schema';
import { axisTitles } from '@/lib/charts/scale-value';
import { openApiDocument } from '@/lib/openapi';
import { categories, flags, modalities, scales, sourceKinds, stages, tableKinds, tableLayouts, term, units } from '@/lib/vocabulary';
import { catalogBenchmarkSchema, catalogModelSchema, resultRowSchema, sourceFileSchema, sourceTableSchema } from '@/seeds/program/seed-schemas';

type Parameter = { name: string; schema: { type: string; items?: { enum?: string[] } } };
type Property = { enum?: string[]; items?: { enum?: string[] } };
const doc = openApiDocument as unknown as {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  components: { schemas: Record<string, { properties: Record<string, Property> }> };
};
const parameters = Object.values(doc.paths).flatMap((methods) => Object.values(methods).flatMap((op) => op.parameters ?? []));

describe('the OpenAPI document takes its enums from the vocabulary', () => {
  it.each([
    ['category', categories.values],
    ['stage', stages.values],
    ['modality', modalities.values],
  ])('every "%s" parameter lists exactly the vocabulary, in display order', (name, values) => {
    const found = parameters.filter((p) => p.name === name);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const p of found) expect(p.schema.items?.enum).toEqual([...values]);
  });

  it('the result record and the export row declare stage, modality, category, unit and flags from it', () => {
    const record = doc.components.schemas.ResultRecord!.properties;
    expect(record.model_stage!.enum).toEqual([...stages.values]);
    expect(record.model_modality!.enum).toEqual([...modalities.values]);
    expect(record.benchmark_category!.enum).toEqual([...categories.values]);
    expect(record.unit!.enum).toEqual([...units.values]);
    expect(record.flags!.items!.enum).toEqual([...flags.values]);
    expect(doc.components.schemas.ExportRow!.properties.unit!.enum).toEqual([...units.values]);
  });
});

const model = { id: 'm', name: 'M', family: 'F', organization: 'O', params_b: 7, modality: 'text', stage: 'base', base_model: null, open_weights: true, aliases: ['M'] };
const benchmark = { id: 'b', name: 'B', category: 'math', modality: 'text', scale: 'percent', higher_is_better: true, description: 'd', aliases: ['B'] };
const table = { label: 'Table 1', kind: 'table', page: '1', caption: 'c', layout: 'model-rows' };
const source = { id: 's', title: 'T', short_title: 'T', authors: 'A', organization: 'O', year: 2025, kind: 'paper', paginated: true, bibtex: '@misc{s}', tables: [table] };
const row = { table: 'Table 1', model: 'm', model_as_printed: 'M', benchmark: 'b', benchmark_as_printed: 'B', value: '1.0' };

describe('the seed schemas accept exactly the vocabulary', () => {
  const cases: [string, (value: string) => boolean, readonly string[]][] = [
    ['model stage', (v) => catalogModelSchema.safeParse({ ...model, stage: v }).success, stages.values],
    ['model modality', (v) => catalogModelSchema.safeParse({ ...model, modality: v }).success, modalities.values],
    ['benchmark category', (v) => catalogBenchmarkSchema.safeParse({ ...benchmark, category: v }).success, categories.values],
    ['benchmark modality', (v) => catalogBenchmarkSchema.safeParse({ ...benchmark, modality: v }).success, modalities.values],
    ['benchmark scale', (v) => catalogBenchmarkSchema.safeParse({ ...benchmark, scale: v }).success, scales.values],
    ['source kind', (v) => sourceFileSchema.safeParse({ ...source, kind: v }).success, sourceKinds.values],
    ['table kind', (v) => sourceTableSchema.safeParse({ ...table, kind: v }).success, tableKinds.values],
    ['table layout', (v) => sourceTableSchema.safeParse({ ...table, layout: v }).success, tableLayouts.values],
    ['result unit', (v) => resultRowSchema.safeParse({ ...row, unit: v }).success, units.values],
    ['result flag', (v) => resultRowSchema.safeParse({ ...row, flags: `bold;${v}` }).success, flags.values],
  ];
  it.each(cases)('%s', (_, accepts, values) => {
    for (const v of values) expect(accepts(v), v).toBe(true);
    for (const v of ['made-up', values[0]!.toUpperCase(), ` ${values[1] ?? values[0]}x`]) expect(accepts(v), v).toBe(false);
  });
  it('the enums themselves hold no other value', () => {
    expect(catalogModelSchema.shape.stage.options).toEqual([...stages.values]);
    expect(catalogModelSchema.shape.modality.options).toEqual([...modalities.values]);
    expect(catalogBenchmarkSchema.shape.category.options).toEqual([...categories.values]);
    expect(catalogBenchmarkSchema.shape.modality.options).toEqual([...modalities.values]);
    expect(catalogBenchmarkSchema.shape.scale.options).toEqual([...scales.values]);
    expect(sourceFileSchema.shape.kind.options).toEqual([...sourceKinds.values]);
    expect(sourceTableSchema.shape.kind.options).toEqual([...tableKinds.values]);
    expect(sourceTableSchema.shape.layout.options).toEqual([...tableLayouts.values]);
  });
});

describe('the drizzle columns carry the vocabulary as their enum', () => {
  it.each([
    [getTableColumns(models).stage.enumValues, stages.values],
    [getTableColumns(models).modality.enumValues, modalities.values],
    [getTableColumns(benchmarks).category.enumValues, categories.values],
    [getTableColumns(benchmarks).modality.enumValues, modalities.values],
    [getTableColumns(benchmarks).scale.enumValues, scales.values],
    [getTableColumns(results).unit.enumValues, units.values],
    [getTableColumns(leaderboardCells).unit.enumValues, units.values],
    [getTableColumns(sources).kind.enumValues, sourceKinds.values],
    [getTableColumns(sourceTables).kind.enumValues, tableKinds.values],
    [getTableColumns(sourceTables).layout.enumValues, tableLayouts.values],
  ])('%#', (column, values) => {
    expect(column).toEqual([...values]);
  });
});

describe('a term', () => {
  const t = term(['b', 'a', 'c'], { b: { label: 'Bee' }, a: { label: 'Ay' }, c: { label: 'Sea' } });

  it('labels known values and shows unknown ones as themselves', () => {
    expect(['b', 'a', 'c', 'zz'].map(t.label)).toEqual(['Bee', 'Ay', 'Sea', 'zz']);
    expect(t.has('a')).toBe(true);
    expect(t.has('zz')).toBe(false);
    expect(t.has('toString')).toBe(false);
  });

  it('sorts in display order, once each, unknown values last and alphabetically', () => {
    expect(t.sort(['c', 'y', 'a', 'x', 'c', 'b'])).toEqual(['b', 'a', 'c', 'x', 'y']);
    expect(t.rank('c')).toBe(2);
    expect(t.rank('zz')).toBe(3);
  });

  it.each([categories, stages, modalities, units, scales, flags, sourceKinds, tableKinds, tableLayouts].map((v) => [v.values[0], v] as const))(
    'the vocabulary starting with %s has unique values, one non-empty, distinct label each, and no info without a value',
    (_, v) => {
      expect(new Set(v.values).size).toBe(v.values.length);
      expect(Object.keys(v.info).sort()).toEqual([...v.values].sort());
      const labels = v.values.map((value) => v.label(value).trim());
      expect(labels.every(Boolean)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    },
  );

  it('every scale has an axis title, and each of its units is a known unit', () => {
    expect(Object.keys(axisTitles)).toEqual([...scales.values]);
    for (const s of scales.values) for (const u of scales.info[s].units) expect(units.has(u)).toBe(true);
  });
});

describe('seeds/README.md lists the same units and flags', () => {
  const readme = readFileSync('seeds/README.md', 'utf8');
  it('flags table, in order', () => {
    const section = readme.slice(readme.indexOf('### Flags'));
    expect([...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1])).toEqual([...flags.values]);
  });
  it('the unit column', () => {
    const line = readme.split('\n').find((l) => l.startsWith('| `unit` |'))!;
    expect([...line.matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1]).slice(1)).toEqual([...units.values]);
  });
});
