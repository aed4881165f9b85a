/** A number as papers print it: optional minus, digits, optional decimals, optional trailing %. */
const printedNumber = /^-?(?:\d+(?:\.\d+)?|\.\d+)%?$/;

/** Parses a printed value strictly; returns null for anything that is not plainly a number. */
export function parsePrintedNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!printedNumber.test(trimmed)) return null;
  const value = Number(trimmed.replace(/%$/, ''));
  return Number.isFinite(value) ? value : null;
}
