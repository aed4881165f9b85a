import { eeeSchemaProblems } from './eee/validate';
import { evaluatorRelationships, type FileProblem, type ParsedRun, type ParsedValue } from './parsed-run';
import { isObject, plainJson, RawNumber, type RawJson } from './raw-json';
import { checkedNumber, generationOf, isoDate, stringOr } from './read-helpers';

const num = (v: RawJson | undefined): number | null => (v instanceof RawNumber && Number.isFinite(v.value) ? v.value : null);

/** The metric key: metric_id, else lm-eval's converter's "metric (filter: f)" description, else the metric name. */
function metricKeyOf(metricConfig: Record<string, RawJson>): { key: string; filter: string } {
  const id = stringOr(metricConfig.metric_id);
  const described = stringOr(metricConfig.evaluation_description)?.match(/^(\S+) \(filter: (.+)\)$/);
  const key = id ?? (described ? `${described[1]},${described[2]}` : null) ?? stringOr(metricConfig.metric_name) ?? stringOr(metricConfig.evaluation_description) ?? 'score';
  return { key, filter: key.includes(',') ? key.split(',', 2)[1]! : '' };
}

/** Reads an Every Eval Ever aggregate file, after validating it against the vendored schema. */
export function readEee(root: RawJson, problems: FileProblem[]): ParsedRun | null {
  const schemaProblems = eeeSchemaProblems(plainJson(root));
  if (schemaProblems.length) {
    problems.push(...schemaProblems.map((p) => ({ path: p.path, message: `Every Eval Ever schema: ${p.message}` })));
    return null;
  }
  if (!isObject(root) || !isObject(root.model_info) || !isObject(root.eval_library) || !isObject(root.source_metadata)) return null;
  const library = root.eval_library;
  const libraryDetails = isObject(library.additional_details) ? library.additional_details : {};
  const sourceDetails = isObject(root.source_metadata.additional_details) ? root.source_metadata.additional_details : {};
  const results = Array.isArray(root.evaluation_results) ? root.evaluation_results : [];
  const values: ParsedValue[] = [];
  results.forEach((r, i) => {
    if (!isObject(r) || !isObject(r.metric_config) || !isObject(r.score_details)) return;
    const raw = checkedNumber(r.score_details.score, `evaluation_results[${i}].score_details.score`, problems);
    if (!raw) return;
    const { key, filter } = metricKeyOf(r.metric_config);
    const uncertainty = isObject(r.score_details.uncertainty) ? r.score_details.uncertainty : {};
    const se = isObject(uncertainty.standard_error) ? uncertainty.standard_error.value : undefined;
    const generationConfig = isObject(r.generation_config) ? r.generation_config : {};
    const genDetails = isObject(generationConfig.additional_details) ? generationConfig.additional_details : {};
    const shots = stringOr(genDetails.num_fewshot);
    const sourceData = isObject(r.source_data) ? r.source_data : {};
    const max = num(r.metric_config.max_score);
    const evaluationName = stringOr(r.evaluation_name) ?? '';
    values.push({
      // lm-eval's own converter appends "/filter" to the task name.
      task: filter && evaluationName.endsWith(`/${filter}`) ? evaluationName.slice(0, -filter.length - 1) : evaluationName,
      metricKey: key,
      metricName: stringOr(r.metric_config.metric_name),
      filter,
      shots: shots && /^\d+$/.test(shots) ? Number(shots) : null,
      raw,
      stderr: se instanceof RawNumber && Number.isFinite(se.value) ? se : null,
      rawScale: max === 100 || (max === null && raw.value > 1) ? 'percent' : 'fraction',
      itemsEvaluated: num(uncertainty.num_samples),
      itemsTotal: num(sourceData.samples_number),
      generation: generationOf(generationConfig.generation_args),
    });
  });
  const relationship = stringOr(root.source_metadata.evaluator_relationship);
  return {
    format: 'eee',
    harness: stringOr(library.name) ?? 'unknown',
    harnessVersion: stringOr(library.version) === 'unknown' ? null : stringOr(library.version),
    modelAsNamed: stringOr(root.model_info.id),
    modelArgs: stringOr(libraryDetails.model_args),
    gitHash: stringOr(libraryDetails.git_hash),
    evaluatedAt: isoDate(root.evaluation_timestamp ?? results.map((r) => (isObject(r) ? r.evaluation_timestamp : undefined)).find(Boolean)),
    sampleLimit: stringOr(sourceDetails.sample_limit),
    evaluatorName: stringOr(root.source_metadata.source_organization_name),
    relationship: evaluatorRelationships.find((x) => x === relationship) ?? null,
    values,
    folded: [],
  };
}
