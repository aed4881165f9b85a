import { marksOf } from '@/lib/display-text';
import { units } from '@/lib/vocabulary';

export interface PrintedScoreProps {
  valueAsPrinted: string;
  flags: readonly string[];
  /** Show a small unit tag for numbers that are not plain percents. */
  unit?: string;
}

/** A number as printed, with the marks its source printed next to it (and a unit tag where needed). */
export function PrintedScore({ valueAsPrinted, flags, unit }: PrintedScoreProps) {
  const marks = marksOf(flags);
  const tag = unit && units.has(unit) ? units.info[unit].tag : '';
  return (
    <>
      {valueAsPrinted}
      {marks && <span className="mark">{marks}</span>}
      {tag && <span className="unit">{tag}</span>}
    </>
  );
}
