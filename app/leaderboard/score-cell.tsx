import type { LeaderboardCell } from '@/lib/leaderboard/build-rows';
import { runValueText } from '@/lib/leaderboard/run-cells';
import type { LeaderboardRunValue } from '@/lib/leaderboard/types';
import { marksOf, runSettingText } from '@/lib/display-text';
import { units } from '@/lib/vocabulary';
import { PrintedScore } from '../ui/printed-score';
import type { ProvenanceTarget } from '../ui/provenance-target';

export interface ScoreCellProps {
  cell: LeaderboardCell | undefined;
  /** The measured value shown beside the report, in "include runs" views only. */
  run?: LeaderboardRunValue;
  comparableOnly: boolean;
  onOpen: (target: ProvenanceTarget) => void;
}

/** A score as printed, with its marks and, when several values exist, how many; opens its provenance. */
export function ScoreCell({ cell, run, comparableOnly, onOpen }: ScoreCellProps) {
  const runRef = run ? { runId: run.runId, position: run.position } : null;
  const reported = cell ? <ReportedScore cell={cell} comparableOnly={comparableOnly} onOpen={() => onOpen({ resultId: cell.value.id, run: runRef })} /> : null;
  if (!run) return reported ?? <span className="muted" aria-label="no reported value">·</span>;
  return (
    <span className="with-run">
      {reported ?? <span className="muted" aria-label="no reported value">·</span>}
      <button
        type="button"
        className="score run-score"
        onClick={() => onOpen({ resultId: cell?.value.id ?? null, run: runRef, runFirst: true })}
        data-run-id={run.runId}
        aria-label={`${runValueText(run)} run by ${run.runName}, measured, not reported: show the run`}
        title={`Measured, not reported: run by ${run.runName} (${runSettingText(run)}); raw value ${run.valueRaw}`}
      >
        <span className="run-mark" aria-hidden="true">◇</span>
        {runValueText(run)} <span className="run-label">run</span>
      </button>
    </span>
  );
}

function ReportedScore({ cell, comparableOnly, onOpen }: { cell: LeaderboardCell; comparableOnly: boolean; onOpen: () => void }) {
  const { value, count } = cell;
  const dimmed = comparableOnly && !cell.comparable;
  const detail = `${count > 1 ? `, one of ${count} reported values` : ''}${dimmed ? ', at a different setting' : ''}: show where it was printed`;
  // The name starts with the text shown; a label instead of a hidden span keeps each cell to a few nodes.
  const tag = units.has(value.unit) ? units.info[value.unit].tag : '';
  const unitTag = tag && ` ${tag}`;
  const name = `${value.valueAsPrinted}${marksOf(value.flags)}${unitTag}${count > 1 ? ` +${count - 1}` : ''}${detail}`;
  return (
    <button type="button" className={`score${dimmed ? ' dimmed' : ''}`} onClick={onOpen} data-result-id={value.id} aria-label={name}>
      <PrintedScore valueAsPrinted={value.valueAsPrinted} flags={value.flags} unit={value.unit} />
      {count > 1 && <span className="multi">+{count - 1}</span>}
    </button>
  );
}
