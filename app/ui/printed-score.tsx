import { marksOf } from '@/lib/display-text';

export interface PrintedScoreProps {
  valueAsPrinted: string;
  flags: readonly string[];
  /** Show a small unit tag for numbers that are not plain percents. */
  unit?: string;
}

/** A number as printed, with the marks its source printed next to it (and a unit tag where needed). */
export function PrintedScore({ valueAsPrinted, flags, unit }: PrintedScoreProps) {
  const marks = marksOf(flags);
  return (
    <>
      {valueAsPrinted}
      {marks && <span className="mark">{marks}</span>}
      {unit === 'fraction' && <span className="unit">fr</span>}
      {unit === 'score10' && <span className="unit">/10</span>}
    </>
  );
}
