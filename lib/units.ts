/** How a number is expressed, and the range a valid number of that kind falls in. */
export const units = {
  percent: { label: '%', min: 0, max: 100 },
  fraction: { label: 'fraction (0-1)', min: 0, max: 1 },
  score10: { label: 'score (0-10)', min: 0, max: 10 },
  elo: { label: 'Elo', min: 0, max: 4000 },
  score: { label: 'score', min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY },
} as const;

export type Unit = keyof typeof units;
export const unitNames = Object.keys(units) as Unit[];

/** A benchmark's scale, and the units a reported number on that scale may use. */
export const scales = {
  percent: { label: 'percent (0-100)', units: ['percent', 'fraction'] },
  score10: { label: 'score (0-10)', units: ['score10'] },
  elo: { label: 'Elo rating', units: ['elo'] },
  score: { label: 'unbounded score', units: ['score'] },
} as const satisfies Record<string, { label: string; units: readonly Unit[] }>;

export type Scale = keyof typeof scales;
export const scaleNames = Object.keys(scales) as Scale[];

export function defaultUnit(scale: Scale): Unit {
  return scales[scale].units[0];
}

export function unitAllowedOnScale(unit: Unit, scale: Scale): boolean {
  return (scales[scale].units as readonly Unit[]).includes(unit);
}

export function inUnitRange(value: number, unit: Unit): boolean {
  return value >= units[unit].min && value <= units[unit].max;
}

/** Where numbers of different units can meet: fractions join percent; every other unit stays itself. */
export function commonUnit(unit: string): string {
  return unit === 'fraction' ? 'percent' : unit;
}

/** A number on its common scale (fractions as percent), for sorting, averaging, comparing and charting. */
export function onCommonScale(value: number, unit: string): number {
  // 12 significant digits drop binary noise (0.554 * 100 is 55.400000000000006), so equal numbers tie.
  return unit === 'fraction' ? Number((value * 100).toPrecision(12)) : value;
}
