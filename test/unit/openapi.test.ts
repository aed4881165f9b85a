import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { deprecatedDiscrepancyFields, deprecatedResultFields, discrepancyRecord, resultRecord, resultViewOf } from '@/lib/api-records';
import { findDiscrepancies } from '@/lib/discrepancies';
import { openApiDocument } from '@/lib/openapi';
import { sampleResult } from './sample-result';

type Operation = { operationId?: string; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
const doc = openApiDocument as unknown as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, { deprecated?: boolean }> }> } };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by swagger-parser, with every $ref resolving', async () => {
    await expect(SwaggerParser.validate(structuredClone(openApiDocument) as never)).resolves.toBeTruthy();
  });

  it('gives every operation a unique operationId and a schema for every response it documents with content', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of operations) {
      expect(Object.values(op.responses['200']!.content ?? {}).length).toBeGreaterThan(0);
      for (const response of Object.values(op.responses)) for (const media of Object.values(response.content ?? {})) expect(media.schema).toBeDefined();
    }
  });

  it('declares every field /api/results/{id} sends, and marks exactly the old camelCase names deprecated', () => {
    const properties = doc.components.schemas.ResultRecord!.properties!;
    const sent = Object.keys(resultRecord(sampleResult()));
    expect(sent.filter((k) => !(k in properties))).toEqual([]);
    const deprecated = Object.keys(properties).filter((k) => properties[k]!.deprecated);
    expect(deprecated.sort()).toEqual([...deprecatedResultFields].sort());
    expect(sent.filter((k) => /[A-Z]/.test(k)).every((k) => properties[k]!.deprecated)).toBe(true);
  });

  it('lets a client rebuild a result from the snake_case names alone (as the provenance panel does)', () => {
    for (const r of [sampleResult(), sampleResult({ sourceArxiv: '2505.07608', page: null, flags: ['self_evaluated', 'bold'], unit: 'fraction', value: 0.5, valueAsPrinted: '0.50', modelParamsB: null })]) {
      const sent = JSON.parse(JSON.stringify(resultRecord(r)));
      for (const old of deprecatedResultFields) delete sent[old];
      expect(resultViewOf(sent)).toEqual(r);
    }
  });

  it('declares every field /api/discrepancies sends, snake_case plus the deprecated old names', () => {
    const a = sampleResult({ id: 'a', value: 50, valueAsPrinted: '50', setting: '5-shot' });
    const b = sampleResult({ id: 'b', value: 52, valueAsPrinted: '52', setting: '5-shot', sourceId: 'other' });
    const record = discrepancyRecord(findDiscrepancies([a, b])[0]!);
    const properties = doc.components.schemas.Discrepancy!.properties!;
    expect(Object.keys(record).filter((k) => !(k in properties))).toEqual([]);
    expect(Object.keys(properties).filter((k) => properties[k]!.deprecated).sort()).toEqual([...deprecatedDiscrepancyFields].sort());
    expect(record).toMatchObject({ model_id: a.modelId, modelId: a.modelId, setting: 'same', differs_at_same_setting: true, differsAtSameSetting: true });
  });
});
