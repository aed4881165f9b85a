/** The OpenAPI description of Benchboard's read-only JSON API, served at /api/openapi.json. */
import { deprecatedUntil } from './api-records';
import { schemas, vocabularyEnum } from './openapi-schemas';
import { categories, modalities, stages } from './vocabulary';

/** A list parameter: comma-separated (form, not exploded) or repeated; closed vocabularies list their values. */
const list = (name: string, description: string, values?: readonly string[]) => ({
  name,
  in: 'query',
  required: false,
  description: `${description} Comma-separated, or repeat the parameter.`,
  style: 'form',
  explode: false,
  schema: { type: 'array', items: values ? vocabularyEnum(values) : { type: 'string' } },
});
const categoryList = list('category', `Benchmark categories: ${categories.values.join(', ')}.`, categories.values);
const stageList = list('stage', `Training stages: ${stages.values.join(', ')}.`, stages.values);
const modalityList = list('modality', `Modalities: ${modalities.values.join(', ')}.`, modalities.values);
const q = { name: 'q', in: 'query', required: false, description: 'Text contained in names or aliases (at most 200 characters).', schema: { type: 'string' } };
const json = (ref: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } });
const error = { description: 'A parameter is unknown or has a value that names nothing; the body names the parameter.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const resultFilters = [
  list('source', 'Source ids.'),
  list('model', 'Model ids.'),
  list('benchmark', 'Benchmark ids.'),
  list('family', 'Model families, e.g. MiMo, Qwen.'),
  categoryList,
  stageList,
  modalityList,
  q,
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Benchboard API',
    version: '1.1.0',
    description: `Benchmark scores as reported by papers, each with its source, table, page, metric and setting. Read-only. Field names are snake_case everywhere, as in the export contract; the camelCase names that /api/results/{id} and /api/discrepancies sent before 1.1.0 are still sent beside them, marked deprecated, and go in ${deprecatedUntil}.`,
  },
  paths: {
    '/api/results': {
      get: {
        operationId: 'listResults',
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
        operationId: 'getResult',
        summary: 'One result with full provenance, the other values for the same model and benchmark, and the source BibTeX.',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{16}$' } }],
        responses: {
          '200': {
            description:
              '{result, others, bibtex}; each result also carries items, samples_averaged, ci95_low, ci95_high and ci_method (null where not applicable).',
            content: json('ResultWithSiblings'),
          },
          '404': { description: 'No such result.', content: json('Error') },
        },
      },
    },
    '/api/models': {
      get: {
        operationId: 'listModels',
        summary: 'Models.',
        parameters: [list('model', 'Model ids.'), list('family', 'Families.'), stageList, modalityList, q],
        responses: { '200': { description: '{count, models}', content: json('CatalogList') }, '400': error },
      },
    },
    '/api/benchmarks': {
      get: {
        operationId: 'listBenchmarks',
        summary: 'Benchmarks.',
        parameters: [list('benchmark', 'Benchmark ids.'), categoryList, modalityList, q],
        responses: { '200': { description: '{count, benchmarks}', content: json('CatalogList') }, '400': error },
      },
    },
    '/api/sources': {
      get: {
        operationId: 'listSources',
        summary: 'Sources with BibTeX and tables.',
        parameters: [list('source', 'Source ids.'), q],
        responses: { '200': { description: '{count, sources}', content: json('CatalogList') }, '400': error },
      },
    },
    '/api/discrepancies': {
      get: {
        summary: 'Model+benchmark pairs reported with different values (or flagged as self-contradictory), each value with its provenance.',
        operationId: 'listDiscrepancies',
        parameters: [
          ...resultFilters,
          { name: 'setting', in: 'query', required: false, description: 'Only pairs of one class: same stated setting, different stated setting, or setting unknown.', schema: { type: 'string', enum: ['all', 'same', 'different', 'unknown'], default: 'all' } },
          { name: 'same_setting', in: 'query', required: false, deprecated: true, description: `Deprecated, removed in ${deprecatedUntil}: true (or 1) is setting=same; false is every pair but those (setting=different or unknown). setting wins when both are given.`, schema: { type: 'string', enum: ['true', '1', 'false'] } },
          { name: 'view', in: 'query', required: false, deprecated: true, description: `Deprecated, removed in ${deprecatedUntil}: the ledger page's old spelling; same is setting=same, differ is setting=different, all is setting=all.`, schema: { type: 'string', enum: ['all', 'same', 'differ'] } },
          { name: 'sort', in: 'query', required: false, description: 'Order: model or benchmark name, spread (largest first by default), or number of values.', schema: { type: 'string', enum: ['model', 'benchmark', 'spread', 'values'], default: 'model' } },
          { name: 'dir', in: 'query', required: false, description: 'asc or desc; the default depends on sort.', schema: { type: 'string', enum: ['asc', 'desc'] } },
        ],
        responses: { '200': { description: '{count, discrepancies}', content: json('Discrepancies') }, '400': error },
      },
    },
    '/api/leaderboard': {
      get: {
        operationId: 'getLeaderboardDataset',
        summary: 'The whole leaderboard dataset in the packed form the leaderboard page loads (models, benchmarks, sources and every value, repeated strings as indices); offered only while the dataset is small enough to send whole.',
        parameters: [{ name: 'version', in: 'query', required: false, description: 'The data version; when it is the current one the answer may be cached for good.', schema: { type: 'integer' } }],
        responses: { '200': { description: 'packed dataset', content: json('PackedLeaderboard') }, '400': error, '404': { description: 'the dataset is too large to send whole', content: json('Error') } },
      },
    },
    '/api/leaderboard/runs': {
      get: {
        operationId: 'getLeaderboardRunValues',
        summary: 'The measured run value each leaderboard cell shows with runs=1 (the newest imported run per model and benchmark), packed; offered while /api/leaderboard is.',
        parameters: [{ name: 'version', in: 'query', required: false, description: 'The data version; when it is the current one the answer may be cached for good.', schema: { type: 'integer' } }],
        responses: { '200': { description: '{strings, runs: [run id, position, model, benchmark, run name, imported at, value, raw value, metric, shots]}', content: json('PackedLeaderboard') }, '400': error, '404': { description: 'the dataset is too large to send whole', content: json('Error') } },
      },
    },
    '/api/leaderboard/export': {
      get: {
        operationId: 'exportLeaderboardView',
        summary:
          'A leaderboard view (the same parameters as the page /, every page of it) as Every Eval Ever JSON or Hugging Face .eval_results YAML; with runs=1 the measured run values shown are added as evaluation_run documents.',
        parameters: [
          { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['eee', 'yaml'] } },
          { name: 'runs', in: 'query', required: false, description: '1: include the run value each cell shows (the newest imported run).', schema: { type: 'string', enum: ['0', '1'] } },
        ],
        responses: {
          '200': {
            description: 'eee: an array of Every Eval Ever documents; yaml: .eval_results documents separated by ---.',
            content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } }, 'application/yaml': { schema: { type: 'string' } } },
          },
          '400': error,
        },
      },
    },
    '/api/runs': {
      get: {
        operationId: 'listRuns',
        summary: 'Evaluation runs someone measured (lm-evaluation-harness, lighteval, Every Eval Ever imports), kept apart from reported results.',
        parameters: [{ name: 'model', in: 'query', required: false, description: 'A model id: only that model\'s runs.', schema: { type: 'string' } }],
        responses: { '200': { description: '{kind: "measured", runs: [...]}: every imported run, newest first.', content: json('Runs') }, '400': error },
      },
    },
    '/api/runs/{id}': {
      get: {
        operationId: 'getRun',
        summary: 'One run, each value beside the values papers reported for the same model and benchmark; or the run exported.',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^run-[0-9a-f]{12}$' } },
          { name: 'format', in: 'query', required: false, description: 'json (with comparisons), eee (Every Eval Ever v0.2.2 JSON) or yaml (Hugging Face .eval_results).', schema: { type: 'string', enum: ['json', 'eee', 'yaml'], default: 'json' } },
        ],
        responses: {
          '200': {
            description:
              'json: {kind, run, values: [{..., value (percent), value_raw (as the file has it), stderr, items_evaluated, items_total, comparisons: [{reported, delta, interval, interval_method, within, setting_differences}]}]}; eee: an Every Eval Ever document; yaml: a list of .eval_results entries.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/RunDetail' } }, 'application/yaml': { schema: { type: 'string' } } },
          },
          '400': error,
          '404': { description: 'No such run.', content: json('Error') },
        },
      },
    },
    '/api/check': {
      post: {
        operationId: 'checkDraft',
        summary: 'Check a draft (LaTeX, Markdown, CSV or text): every score in it against the reported numbers. Writes nothing.',
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string', maxLength: 1048576 } } } },
        responses: {
          '200': {
            description: '{findings: [{line, column, value, model, benchmark, status (match, mismatch, superseded, other_setting, unknown), reported: [{result_id, source_id, table, page, value_as_printed, metric, setting, flags, permalink}], message}], summary, bibtex}',
            content: json('CheckReport'),
          },
          '400': { description: 'The draft is empty, binary or not UTF-8.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          '413': { description: 'The draft is larger than 1 MB.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    },
  },
  components: { schemas },
} as const;
