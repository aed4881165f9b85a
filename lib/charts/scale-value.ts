/** Puts a reported number on its benchmark's display scale: fractions become percent; others stay. */
export function displayValue(value: number, unit: string): number {
  return unit === 'fraction' ? value * 100 : value;
}

/** Which numbers may share one axis: percent and fractions together, every other unit on its own. */
export function axisGroup(unit: string): string {
  return unit === 'fraction' ? 'percent' : unit;
}

export const axisTitles: Record<string, string> = {
  percent: 'score (percent)',
  score10: 'score (0-10)',
  elo: 'Elo rating',
  score: 'score (benchmark-specific scale)',
};
