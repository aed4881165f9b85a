import { stringify } from 'yaml';
import type { ResultView } from '../result-view';
import { units } from '../vocabulary';
import { eeeSchemaVersion } from './eee/validate';
import { hubDatasets } from './export-hf-yaml';

/** What the exports need beyond a result view: models' Hub ids and organizations, sources' organizations and links. */
export interface ViewExportContext {
  models: Map<string, { organization: string; hfRepos: string[] }>;
  sources: Map<string, { organization: string; url: string | null }>;
}

/** The schema requires bounds for continuous scores, so values on an unbounded scale cannot be written; they are left out. */
function boundsOf(unit: string): { min_score: number; max_score: number } | null {
  const u = units.has(unit) ? units.info[unit] : null;
  return u && Number.isFinite(u.min) && Number.isFinite(u.max) ? { min_score: u.min, max_score: u.max } : null;
}

export const eeeExportable = (r: Pick<ResultView, 'unit'>) => boundsOf(r.unit) !== null;
const strings = (o: Record<string, string | null | undefined>) => Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/**
 * Reported results as Every Eval Ever documents, one per model and source (the schema holds one model
 * per document): source_type "documentation", each score as printed, its table and setting in details.
 * Values on an unbounded scale are left out (see boundsOf).
 */
export function resultsToEee(rows: readonly ResultView[], context: ViewExportContext, retrievedAt: Date): Record<string, unknown>[] {
  const retrieved = String(Math.floor(retrievedAt.getTime() / 1000));
  return [...groupBy(rows.filter(eeeExportable), (r) => `${r.modelId}\u001f${r.sourceId}`).values()].map((group) => {
    const first = group[0]!;
    const model = context.models.get(first.modelId);
    const source = context.sources.get(first.sourceId);
    return {
      schema_version: eeeSchemaVersion,
      evaluation_id: `benchboard/${first.sourceId}/${first.modelId}`,
      retrieved_timestamp: retrieved,
      source_metadata: {
        source_name: first.sourceTitle,
        source_type: 'documentation',
        source_organization_name: source?.organization ?? first.sourceAuthors,
        evaluator_relationship: model && source && model.organization === source.organization ? 'first_party' : 'third_party',
        additional_details: strings({ benchboard_source: first.sourceId, arxiv: first.sourceArxiv, url: source?.url }),
      },
      eval_library: { name: 'unknown', version: 'unknown', additional_details: { note: 'reported in a publication; the harness is not stated' } },
      model_info: {
        name: first.modelName,
        id: model?.hfRepos[0] ?? first.modelId,
        ...(model ? { developer: model.organization } : {}),
        additional_details: { benchboard_model: first.modelId, as_printed: first.modelAsPrinted },
      },
      evaluation_results: group.map((r) => ({
        evaluation_result_id: r.id,
        evaluation_name: r.benchmarkName,
        source_data: { dataset_name: r.benchmarkName, source_type: 'other', additional_details: strings({ benchboard_benchmark: r.benchmarkId, as_printed: r.benchmarkAsPrinted }) },
        metric_config: {
          ...(r.metric ? { metric_name: r.metric } : {}),
          lower_is_better: !r.benchmarkHigherIsBetter,
          score_type: 'continuous',
          ...boundsOf(r.unit),
          additional_details: { unit: r.unit },
        },
        score_details: {
          score: r.value,
          details: strings({ value_as_printed: r.valueAsPrinted, table: r.table, page: r.page, section: r.section, setting: r.setting, flags: r.flags.join(';'), result_id: r.id }),
        },
        ...(r.setting ? { generation_config: { additional_details: { setting: r.setting } } } : {}),
      })),
    };
  });
}

/** Reported results as Hugging Face .eval_results YAML: one document per model (a model repo holds its own), known Hub datasets only. */
export function resultsToEvalResultsYaml(rows: readonly ResultView[], context: ViewExportContext): string {
  const docs: string[] = [];
  for (const group of groupBy(rows, (r) => r.modelId).values()) {
    const first = group[0]!;
    const known = group.filter((r) => hubDatasets[r.benchmarkId] && (r.unit === 'percent' || r.unit === 'fraction'));
    if (!known.length) continue;
    const repo = context.models.get(first.modelId)?.hfRepos[0] ?? `(no Hub repo known for ${first.modelId})`;
    const entries = known.map((r) => {
      const source = context.sources.get(r.sourceId);
      const url = r.sourceArxiv ? `https://arxiv.org/abs/${r.sourceArxiv}` : source?.url;
      return {
        dataset: hubDatasets[r.benchmarkId],
        value: r.unit === 'fraction' ? Number((r.value * 100).toPrecision(12)) : r.value,
        ...(url ? { source: { url, name: `${r.sourceShortTitle}, ${r.table}` } } : {}),
        notes: [r.metric, r.setting, `printed as ${r.valueAsPrinted}`].filter(Boolean).join(', '),
      };
    });
    docs.push(`# ${repo}: values reported by papers, as collected by Benchboard\n${stringify(entries)}`);
  }
  return docs.join('---\n');
}
