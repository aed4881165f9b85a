import { scales, units, type Scale, type Unit } from './vocabulary';

/** Rules over the unit and scale vocabularies (lib/vocabulary/units.ts): defaults, ranges, common scales. */
export function defaultUnit(scale: Scale): Unit {
  return scales.info[scale].units[0];
}

export function unitAllowedOnScale(unit: Unit, scale: Scale): boolean {
  return (scales.info[scale].units as readonly Unit[]).includes(unit);
}

export function inUnitRange(value: number, unit: Unit): boolean {
  return value >= units.info[unit].min && value <= units.info[unit].max;
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
