/** Every flag a result may carry, with the words the UI shows and the mark a rebuilt table prints. */
export const flagInfo = {
  self_evaluated: { mark: '*', text: 'measured by the reporting team with its own evaluation harness' },
  llm_judged: { mark: '†', text: 'graded by an LLM judge' },
  bold: { mark: '', text: 'printed in bold by the source (best in its row or group)' },
  perplexity_scored: { mark: '†', text: 'multiple-choice score obtained by perplexity ranking of the options' },
  full_set: { mark: '†', text: 'evaluated on the full set rather than the usual subset' },
  average: { mark: '', text: 'an average printed by the source, not a single benchmark' },
  other_team_model: { mark: '', text: "one team's report of another team's model" },
  setting_from_text: { mark: '', text: "setting taken from the document's text, not printed in the table" },
  quantized: { mark: '', text: 'a quantized variant of the model' },
  not_released_model: { mark: '', text: 'a model variant that was not released' },
  superseded: { mark: '', text: 'from an older table that the same team later replaced' },
  conflict: { mark: '', text: 'the source contradicts itself on this number (see the note)' },
  from_chart: { mark: '', text: 'value label printed on a chart rather than in a table' },
  repo_data: { mark: '', text: "taken from the authors' repository data or notebooks, not from a printed table" },
  unverified: { mark: '', text: 'not checked against the paper, which is not available here' },
  suspect: { mark: '', text: 'looks inconsistent with related numbers (see the note)' },
} as const;

export type Flag = keyof typeof flagInfo;
export const flagNames = Object.keys(flagInfo) as Flag[];

export function isFlag(value: string): value is Flag {
  return Object.hasOwn(flagInfo, value);
}
