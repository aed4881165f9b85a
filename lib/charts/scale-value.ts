import { scales } from '../vocabulary';

/** Axis titles per common unit (see commonUnit in lib/units): a scale's name is its common unit. */
export const axisTitles: Record<string, string> = Object.fromEntries(scales.values.map((s) => [s, scales.info[s].axisTitle]));
