/** Axis titles per common unit (see commonUnit in lib/units). */
export const axisTitles: Record<string, string> = {
  percent: 'score (percent)',
  score10: 'score (0-10)',
  elo: 'Elo rating',
  score: 'score (benchmark-specific scale)',
};
