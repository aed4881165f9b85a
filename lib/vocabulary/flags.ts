import { term, type TermInfo } from './term';

interface FlagInfo extends TermInfo {
  /** The mark a rebuilt table prints beside a flagged number ('' when the source prints none). */
  mark: string;
}

/** Every flag a result may carry; the label is the sentence the provenance panel and legends show. */
export const flags = term(
  [
    'self_evaluated',
    'llm_judged',
    'bold',
    'perplexity_scored',
    'full_set',
    'average',
    'other_team_model',
    'setting_from_text',
    'quantized',
    'not_released_model',
    'superseded',
    'conflict',
    'from_chart',
    'repo_data',
    'unverified',
    'suspect',
  ],
  {
    self_evaluated: { mark: '*', label: 'measured by the reporting team with its own evaluation harness' },
    llm_judged: { mark: '†', label: 'graded by an LLM judge' },
    bold: { mark: '', label: 'printed in bold by the source (best in its row or group)' },
    perplexity_scored: { mark: '†', label: 'multiple-choice score obtained by perplexity ranking of the options' },
    full_set: { mark: '†', label: 'evaluated on the full set rather than the usual subset' },
    average: { mark: '', label: 'an average printed by the source, not a single benchmark' },
    other_team_model: { mark: '', label: "one team's report of another team's model" },
    setting_from_text: { mark: '', label: "setting taken from the document's text, not printed in the table" },
    quantized: { mark: '', label: 'a quantized variant of the model' },
    not_released_model: { mark: '', label: 'a model variant that was not released' },
    superseded: { mark: '', label: 'from an older table that the same team later replaced' },
    conflict: { mark: '', label: 'the source contradicts itself on this number (see the note)' },
    from_chart: { mark: '', label: 'value label printed on a chart rather than in a table' },
    repo_data: { mark: '', label: "taken from the authors' repository data or notebooks, not from a printed table" },
    unverified: { mark: '', label: 'not checked against the paper, which is not available here' },
    suspect: { mark: '', label: 'looks inconsistent with related numbers (see the note)' },
  } satisfies Record<string, FlagInfo>,
);
export type Flag = (typeof flags.values)[number];
