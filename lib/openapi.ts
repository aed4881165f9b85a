/** The OpenAPI description of Benchboard's read-only JSON API, served at /api/openapi.json. */
const list = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Comma-separated, or repeat the parameter.`,
  schema: { type: 'string' },
});
const q = { name: 'q', in: 'query', required: false, description: 'Text contained in names or aliases (at most 200 characters).', schema: { type: 'string' } };
const error = { description: 'A parameter is unknown or has a value that names nothing; the body names the parameter.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const resultFilters = [
  list('source', 'Source ids.'),
  list('model', 'Model ids.'),
  list('benchmark', 'Benchmark ids.'),
  list('family', 'Model families, e.g. MiMo, Qwen.'),
  list('category', 'Benchmark categories, e.g. math, code.'),
  list('stage', 'Training stages: base, mid-trained-base, sft, rl, dpo, instruct, proprietary, other.'),
  list('modality', 'text or vision-language.'),
  q,
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Benchboard API',
    version: '1.0.0',
    description: 'Benchmark scores as reported by papers, each with its source, table, page, metric and setting. Read-only.',
  },
  paths: {
    '/api/results': {
      get: {
        summary: 'Every reported number matching the filters (the export contract).',
        parameters: [{ name: 'format', in: 'query', required: false, description: 'json, csv, eee (an array of Every Eval Ever v0.2.2 documents, one per model and source; values on an unbounded scale are left out, as the schema requires score bounds) or yaml (Hugging Face .eval_results, one YAML document per model).', schema: { type: 'string', enum: ['json', 'csv', 'eee', 'yaml'], default: 'json' } }, ...resultFilters],
        responses: {
          '200': {
            description: 'Results in printed order: JSON {columns, count, results} or CSV with the same columns; or the interchange formats.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Results' } }, 'text/csv': { schema: { type: 'string' } }, 'application/yaml': { schema: { type: 'string' } } },
          },
          '400': error,
        },
      },
    },
    '/api/results/{id}': {
      get: {
        summary: 'One result with full provenance, the other values for the same model and benchmark, and the source BibTeX.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{16}$' } }],
        responses: {
          '200': {
            description:
              '{result, others, bibtex}; each result also carries items, samples_averaged, ci95_low, ci95_high and ci_method (null where not applicable).',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ResultWithSiblings' } } },
          },
          '404': { description: 'No such result.' },
        },
      },
    },
    '/api/models': { get: { summary: 'Models.', parameters: [list('model', 'Model ids.'), list('family', 'Families.'), list('stage', 'Stages.'), list('modality', 'Modalities.'), q], responses: { '200': { description: '{count, models}' }, '400': error } } },
    '/api/benchmarks': { get: { summary: 'Benchmarks.', parameters: [list('benchmark', 'Benchmark ids.'), list('category', 'Categories.'), list('modality', 'Modalities.'), q], responses: { '200': { description: '{count, benchmarks}' }, '400': error } } },
    '/api/sources': { get: { summary: 'Sources with BibTeX and tables.', parameters: [list('source', 'Source ids.'), q], responses: { '200': { description: '{count, sources}' }, '400': error } } },
    '/api/discrepancies': {
      get: {
        summary: 'Model+benchmark pairs reported with different values (or flagged as self-contradictory), each value with its provenance.',
        parameters: [...resultFilters, { name: 'same_setting', in: 'query', required: false, description: 'true: only pairs whose values differ even at the same metric and setting; false: only pairs where settings differ.', schema: { type: 'string', enum: ['true', 'false'] } }],
        responses: { '200': { description: '{count, discrepancies}' }, '400': error },
      },
    },
    '/api/leaderboard': {
      get: {
        summary: 'The whole leaderboard dataset in the packed form the leaderboard page loads (models, benchmarks, sources and every value, repeated strings as indices); offered only while the dataset is small enough to send whole.',
        parameters: [{ name: 'version', in: 'query', required: false, description: 'The data version; when it is the current one the answer may be cached for good.', schema: { type: 'integer' } }],
        responses: { '200': { description: 'packed dataset' }, '400': error, '404': { description: 'the dataset is too large to send whole' } },
      },
    },
    '/api/runs': {
      get: {
        summary: 'Evaluation runs someone measured (lm-evaluation-harness, lighteval, Every Eval Ever imports), kept apart from reported results.',
        parameters: [{ name: 'model', in: 'query', required: false, description: 'A model id: only that model\'s runs.', schema: { type: 'string' } }],
        responses: { '200': { description: '{kind: "measured", runs: [{id, runName, format, harness, harnessVersion, modelId, modelName, modelAsNamed, modelArgs, gitHash, evaluatedAt, sourceFile, evaluatorRelationship, sampleLimit, importedAt, values}]}' }, '400': error },
      },
    },
    '/api/runs/{id}': {
      get: {
        summary: 'One run, each value beside the values papers reported for the same model and benchmark; or the run exported.',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^run-[0-9a-f]{12}$' } },
          { name: 'format', in: 'query', required: false, description: 'json (with comparisons), eee (Every Eval Ever v0.2.2 JSON) or yaml (Hugging Face .eval_results).', schema: { type: 'string', enum: ['json', 'eee', 'yaml'], default: 'json' } },
        ],
        responses: {
          '200': {
            description:
              'json: {kind, run, values: [{..., value (percent), valueRaw (as the file has it), stderr, itemsEvaluated, itemsTotal, comparisons: [{reported, delta, interval, intervalMethod, within, settingDifferences}]}]}; eee: an Every Eval Ever document; yaml: a list of .eval_results entries.',
            content: { 'application/json': { schema: { type: 'object' } }, 'application/yaml': { schema: { type: 'string' } } },
          },
          '400': error,
          '404': { description: 'No such run.' },
        },
      },
    },
    '/api/check': {
      post: {
        summary: 'Check a draft (LaTeX, Markdown, CSV or text): every score in it against the reported numbers. Writes nothing.',
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string', maxLength: 1048576 } } } },
        responses: {
          '200': { description: '{findings: [{line, column, value, model, benchmark, status (match, mismatch, superseded, other_setting, unknown), reported: [{result_id, source_id, table, page, value_as_printed, metric, setting, flags, permalink}], message}], summary, bibtex}' },
          '400': { description: 'The draft is empty, binary or not UTF-8.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          '413': { description: 'The draft is larger than 1 MB.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'string' }, parameters: { type: 'array', items: { type: 'object', properties: { param: { type: 'string' }, message: { type: 'string' } } } } } },
      Results: { type: 'object', properties: { columns: { type: 'array', items: { type: 'string' } }, count: { type: 'integer' }, results: { type: 'array', items: { $ref: '#/components/schemas/ExportRow' } } } },
      Uncertainty: {
        type: 'object',
        description: 'Derived from the item count and the value, never printed by the source (docs/uncertainty.md). In the value\'s own unit.',
        properties: {
          items: { type: ['integer', 'null'], description: 'Items the value was measured on: the count the setting states, else the benchmark\'s catalog count; null when unknown.' },
          ci95_low: { type: ['number', 'null'], description: 'Lower end of the 95% Wilson score interval; null for unknown item counts and for scales that are not percent or fraction.' },
          ci95_high: { type: ['number', 'null'], description: 'Upper end of the same interval.' },
          ci_method: { type: ['string', 'null'], enum: ['wilson-95', null] },
        },
      },
      ExportRow: {
        type: 'object',
        description: 'One result: the contract columns source_id ... note, then section, unit, result_id, and the Uncertainty columns, in that order.',
        allOf: [{ $ref: '#/components/schemas/Uncertainty' }],
      },
      ResultWithSiblings: {
        type: 'object',
        properties: {
          result: { allOf: [{ $ref: '#/components/schemas/Uncertainty' }], properties: { samples_averaged: { type: ['integer', 'null'], description: 'Samples averaged per item, where the setting states it.' } } },
          others: { type: 'array', items: { $ref: '#/components/schemas/Uncertainty' } },
          bibtex: { type: 'string' },
        },
      },
    },
  },
} as const;
