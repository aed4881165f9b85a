/**
 * The number of samples averaged per item (k), where a result's setting states it:
 * "32 samples averaged; T=0.6" → 32, "1 sample; T=0.6" → 1; null when the setting does not say.
 * Averaging k samples narrows the noise of each item's score, not the number of items (docs/uncertainty.md).
 */
export function samplesAveraged(setting: string): number | null {
  const averaged = /(?:^|[;,(]\s*)(\d{1,5}) samples averaged\b/i.exec(setting);
  if (averaged) return Number(averaged[1]);
  const single = /(?:^|[;,(]\s*)1 sample(?:[;,)]|$)/i.exec(setting);
  if (single) return 1;
  const avgAt = /\bavg@(\d{1,5})\b/i.exec(setting);
  return avgAt ? Number(avgAt[1]) : null;
}

/**
 * The item count a result's own setting states ("...; n=1319"), which is how the OctoThinker
 * repository records the set each score was computed on; null when the setting does not say.
 */
export function itemsFromSetting(setting: string): number | null {
  const m = /(?:^|[;,]\s*)n=(\d{1,7})(?:[;,]|$)/.exec(setting);
  return m ? Number(m[1]) : null;
}
