import { term, type TermInfo } from './term';

interface UnitInfo extends TermInfo {
  /** The range a valid number in this unit falls in. */
  min: number;
  max: number;
  /** Short tag beside a score in a table cell ('' for plain percents and the like). */
  tag: string;
  /** Words after a number in running text, e.g. "0.41 (fraction)". */
  suffix: string;
  /** Words after a number in a citation sentence, e.g. "scores 7.4 out of 10". */
  inSentence: string;
}

/** How a reported number is expressed. */
export const units = term(['percent', 'fraction', 'score10', 'elo', 'score'], {
  percent: { label: '%', min: 0, max: 100, tag: '', suffix: '', inSentence: '' },
  fraction: { label: 'fraction (0-1)', min: 0, max: 1, tag: 'fr', suffix: ' (fraction)', inSentence: ' (as a fraction)' },
  score10: { label: 'score (0-10)', min: 0, max: 10, tag: '/10', suffix: ' / 10', inSentence: ' out of 10' },
  elo: { label: 'Elo', min: 0, max: 4000, tag: '', suffix: '', inSentence: '' },
  score: { label: 'score', min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY, tag: '', suffix: '', inSentence: '' },
} satisfies Record<string, UnitInfo>);
export type Unit = (typeof units.values)[number];

interface ScaleInfo extends TermInfo {
  /** The units a reported number on this scale may use; the first is the default. */
  units: readonly [Unit, ...Unit[]];
  /** A chart axis's title for values on this scale (fractions drawn as percent). */
  axisTitle: string;
}

/** A benchmark's scale. Each scale's name is also the common unit its numbers meet in (lib/units commonUnit). */
export const scales = term(['percent', 'score10', 'elo', 'score'], {
  percent: { label: 'percent (0-100)', units: ['percent', 'fraction'], axisTitle: 'score (percent)' },
  score10: { label: 'score (0-10)', units: ['score10'], axisTitle: 'score (0-10)' },
  elo: { label: 'Elo rating', units: ['elo'], axisTitle: 'Elo rating' },
  score: { label: 'unbounded score', units: ['score'], axisTitle: 'score (benchmark-specific scale)' },
} satisfies Record<string, ScaleInfo>);
export type Scale = (typeof scales.values)[number];
