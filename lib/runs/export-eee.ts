import { eeeSchemaVersion } from './eee/validate';

/** What an export needs of a run and its values (plain rows from db/queries/runs). */
export interface ExportableRun {
  run: {
    id: string;
    runName: string;
    harness: string;
    harnessVersion: string | null;
    modelId: string;
    modelName: string;
    modelAsNamed: string;
    modelArgs: string | null;
    gitHash: string | null;
    evaluatedAt: string | null;
    sourceFile: string;
    evaluatorRelationship: string;
    sampleLimit: string | null;
  };
  values: {
    task: string;
    benchmarkId: string;
    benchmarkName: string;
    metricKey: string;
    metric: string;
    shots: number | null;
    valueRaw: string;
    rawScale: string;
    stderrRaw: string | null;
    itemsEvaluated: number | null;
    itemsTotal: number | null;
    generation: string;
  }[];
}

const unixSeconds = (iso: string) => String(Math.floor(new Date(iso).getTime() / 1000));
const strings = (o: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string'));

/** One run as an Every Eval Ever v0.2.x aggregate document (valid against the vendored schema). */
export function runToEee({ run, values }: ExportableRun, retrievedAt: Date): Record<string, unknown> {
  const retrieved = String(Math.floor(retrievedAt.getTime() / 1000));
  const evaluated = run.evaluatedAt && !Number.isNaN(new Date(run.evaluatedAt).getTime()) ? unixSeconds(run.evaluatedAt) : undefined;
  return {
    schema_version: eeeSchemaVersion,
    evaluation_id: `benchboard/${run.id}`,
    ...(evaluated ? { evaluation_timestamp: evaluated } : {}),
    retrieved_timestamp: retrieved,
    source_metadata: {
      source_name: run.sourceFile,
      source_type: 'evaluation_run',
      source_organization_name: run.runName,
      evaluator_relationship: run.evaluatorRelationship,
      additional_details: strings({ benchboard_run: run.id, sample_limit: run.sampleLimit }),
    },
    eval_library: {
      name: run.harness,
      version: run.harnessVersion ?? 'unknown',
      additional_details: strings({ git_hash: run.gitHash, model_args: run.modelArgs }),
    },
    model_info: { name: run.modelName, id: run.modelAsNamed, additional_details: { benchboard_model: run.modelId } },
    evaluation_results: values.map((v) => {
      const generation = JSON.parse(v.generation) as Record<string, unknown>;
      const args: Record<string, number> = {};
      if (typeof generation.temperature === 'number') args.temperature = generation.temperature;
      if (typeof generation.top_p === 'number') args.top_p = generation.top_p;
      if (typeof generation.top_k === 'number') args.top_k = generation.top_k;
      const maxTokens = generation.max_gen_toks ?? generation.max_tokens ?? generation.max_new_tokens;
      if (typeof maxTokens === 'number' && Number.isInteger(maxTokens) && maxTokens >= 1) args.max_tokens = maxTokens;
      return {
        evaluation_name: v.task,
        source_data: {
          dataset_name: v.benchmarkName,
          source_type: 'other',
          additional_details: { benchboard_benchmark: v.benchmarkId },
        },
        metric_config: {
          metric_id: v.metricKey,
          metric_name: v.metric,
          lower_is_better: false,
          score_type: 'continuous',
          min_score: 0,
          max_score: v.rawScale === 'fraction' ? 1 : 100,
        },
        score_details: {
          score: Number(v.valueRaw),
          ...(v.stderrRaw !== null || v.itemsEvaluated !== null
            ? {
                uncertainty: {
                  ...(v.stderrRaw !== null ? { standard_error: { value: Number(v.stderrRaw) } } : {}),
                  ...(v.itemsEvaluated !== null ? { num_samples: v.itemsEvaluated } : {}),
                },
              }
            : {}),
        },
        generation_config: {
          generation_args: args,
          additional_details: strings({ num_fewshot: v.shots === null ? null : String(v.shots) }),
        },
      };
    }),
  };
}
