/** A score as written: digits with optional decimals, or decimals alone; an optional sign is not a score. */
export const scorePattern = /^(?:\d+(?:\.\d+)?|\.\d+)$/;

export function decimalsOf(printed: string): number {
  const dot = printed.indexOf('.');
  return dot < 0 ? 0 : printed.length - dot - 1;
}

/** `printed` rounded half-up to `decimals` places, on the decimal digits (no floating-point drift). */
export function roundPrinted(printed: string, decimals: number): string {
  const [whole = '0', frac = ''] = printed.replace(/^-/, '').split('.');
  if (frac.length <= decimals) return decimals ? `${whole}.${frac.padEnd(decimals, '0')}` : whole;
  const digits = `${whole}${frac.slice(0, decimals)}`;
  let n = BigInt(digits || '0');
  if (Number(frac[decimals]) >= 5) n += 1n;
  const s = n.toString().padStart(decimals + 1, '0');
  const out = decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return printed.startsWith('-') ? `-${out}` : out;
}

/** The percentage a fraction printed as "0.682" stands for, as a printed string ("68.2"). */
function fractionAsPercent(printed: string): string | null {
  const m = /^(\d*)\.(\d+)$/.exec(printed);
  if (!m) return null;
  const frac = m[2]!.padEnd(2, '0');
  const whole = String(Number(`${m[1] || '0'}${frac.slice(0, 2)}`));
  return frac.length > 2 ? `${whole}.${frac.slice(2)}` : whole;
}

/**
 * Whether a number written in a draft equals a reported one: the same number (68.2 = 68.20), or the
 * reported number rounded to the draft's printed precision (68.25 written as 68.3). A value reported
 * as a fraction also matches its percentage (0.682 written as 68.2).
 */
export function sameNumber(written: string, reported: string, unit: string): boolean {
  const candidates = [reported];
  if (unit === 'fraction') {
    const pct = fractionAsPercent(reported);
    if (pct) candidates.push(pct);
  }
  const w = Number(written);
  return candidates.some((r) => {
    if (Number(r) === w) return true;
    const d = decimalsOf(written);
    return d < decimalsOf(r) && roundPrinted(r, d) === roundPrinted(written, d);
  });
}

/** The shot counts a setting names ("5-shot", "3-5-shot", "zero-shot"); `few` when it says few-shot. */
export function shotsIn(setting: string): { counts: number[]; ranges: [number, number][]; few: boolean } {
  const s = setting.toLowerCase();
  const counts: number[] = [];
  const ranges: [number, number][] = [];
  for (const m of s.matchAll(/(\d+)\s*[-–]\s*(\d+)[-\s]*shots?\b/g)) ranges.push([Number(m[1]), Number(m[2])]);
  for (const m of s.replace(/(\d+)\s*[-–]\s*(\d+)[-\s]*shots?\b/g, ' ').matchAll(/(\d+)[-\s]*shots?\b/g)) counts.push(Number(m[1]));
  if (/\bzero[-\s]?shot\b/.test(s)) counts.push(0);
  if (/\bone[-\s]?shot\b/.test(s)) counts.push(1);
  return { counts, ranges, few: /\bfew[-\s]?shot\b/.test(s) };
}

/**
 * Whether a reported setting agrees with the shot count a draft states. A setting that names no
 * shot count cannot disagree.
 */
export function shotsAgree(draftShots: number, reportedSetting: string): boolean {
  const { counts, ranges, few } = shotsIn(reportedSetting);
  if (!counts.length && !ranges.length && !few) return true;
  return counts.includes(draftShots) || ranges.some(([a, b]) => draftShots >= a && draftShots <= b) || (few && draftShots > 0);
}
