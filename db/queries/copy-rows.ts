import type pg from 'pg';
import type { ExportRow } from '../../lib/export-rows';

/**
 * The rows of one query as PostgreSQL's `COPY (…) TO STDOUT` sends them (text format: one line per
 * row, tab between fields), decoded into export rows. One string per row instead of one per field:
 * the wire protocol's per-field decoding was most of the export's cost in this process.
 */

type Connection = { query(text: string): void; stream: { pause(): void; resume(): void } };

/** A query object pg's client runs as it runs its own (the "submittable" interface), taking the COPY's data messages. */
export class CopyOut {
  private lines: string[] = [];
  private connection?: Connection;
  private wake?: () => void;
  private error?: Error;
  /** True once the server said it is ready for the next query (the COPY ended, or failed). */
  finished = false;

  constructor(
    private readonly text: string,
    private readonly batchSize: number,
  ) {}

  submit(connection: Connection) {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }) {
    // Decoded at once: the chunk is a view into the parser's buffer, which is reused.
    this.lines.push(message.chunk.toString('utf8', 0, message.chunk.length - 1));
    // Two batches waiting: the socket stops being read, so the server waits too, and memory stays flat.
    if (this.lines.length >= 2 * this.batchSize) this.connection?.stream.pause();
    if (this.lines.length >= this.batchSize) this.wake?.();
  }

  handleError(error: Error) {
    this.error = error;
    this.wake?.();
  }

  handleReadyForQuery() {
    this.finished = true;
    this.wake?.();
  }

  handleCopyInResponse(connection: { sendCopyFail(message: string): void }) {
    connection.sendCopyFail('not a COPY FROM');
  }

  handleCommandComplete() {}
  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
  handlePortalSuspended() {}

  /** The rows, a batch at a time; while one batch is written out the server goes on sending the next. */
  async *batches(): AsyncGenerator<ExportRow[]> {
    for (;;) {
      if (this.error) throw this.error;
      if (this.lines.length >= this.batchSize || (this.finished && this.lines.length)) {
        const lines = this.lines.slice(0, this.batchSize);
        this.lines = this.lines.slice(this.batchSize);
        if (this.lines.length < this.batchSize) this.connection?.stream.resume();
        yield lines.map(rowOfCopyLine);
      } else if (this.finished) return;
      else {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    }
  }
}

const escapes: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const unescaped = (field: string) => field.replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c);

/** One line of COPY text output in exportRowFields order: `\N` is null, backslash escapes undone, numbers parsed. */
function rowOfCopyLine(line: string): ExportRow {
  const row: (string | number | null)[] = line.split('\t');
  if (line.includes('\\')) {
    for (let i = 0; i < row.length; i += 1) {
      const field = row[i] as string;
      if (field.includes('\\')) row[i] = field === '\\N' ? null : unescaped(field);
    }
  }
  row[9] = row[9] === null ? null : Number(row[9]);
  row[12] = Number(row[12]);
  return row as ExportRow;
}

/** A query with its $n parameters written in as literals (COPY takes no parameters); drizzle's SQL holds no "$" of its own. */
export function inlined(client: pg.PoolClient, text: string, params: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => client.escapeLiteral(String(params[Number(n) - 1])));
}
