import type { LeaderboardCell } from '@/lib/leaderboard/build-rows';
import { marksOf } from '@/lib/display-text';
import { units } from '@/lib/vocabulary';
import { PrintedScore } from '../ui/printed-score';

export interface ScoreCellProps {
  cell: LeaderboardCell | undefined;
  comparableOnly: boolean;
  onOpen: (resultId: string) => void;
}

/** A score as printed, with its marks and, when several values exist, how many; opens its provenance. */
export function ScoreCell({ cell, comparableOnly, onOpen }: ScoreCellProps) {
  if (!cell) return <span className="muted" aria-label="no reported value">·</span>;
  const { value, count } = cell;
  const dimmed = comparableOnly && !cell.comparable;
  const detail = `${count > 1 ? `, one of ${count} reported values` : ''}${dimmed ? ', at a different setting' : ''}: show where it was printed`;
  // The name starts with the text shown; a label instead of a hidden span keeps each cell to a few nodes.
  const tag = units.has(value.unit) ? units.info[value.unit].tag : '';
  const unitTag = tag && ` ${tag}`;
  const name = `${value.valueAsPrinted}${marksOf(value.flags)}${unitTag}${count > 1 ? ` +${count - 1}` : ''}${detail}`;
  return (
    <button
      type="button"
      className={`score${dimmed ? ' dimmed' : ''}`}
      onClick={() => onOpen(value.id)}
      data-result-id={value.id}
      aria-label={name}
    >
      <PrintedScore valueAsPrinted={value.valueAsPrinted} flags={value.flags} unit={value.unit} />
      {count > 1 && <span className="multi">+{count - 1}</span>}
    </button>
  );
}
