/** RFC 4180 CSV: reading with line numbers for error messages, and writing with minimal quoting. */

export interface CsvRecord {
  /** 1-based line in the file where this record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into records; throws CsvSyntaxError on an unterminated or stray quote. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !fieldStarted;
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = input[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'unexpected character after a closing quote');
        }
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
      quoted = true;
      fieldStarted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return records;
}

export interface CsvTable {
  header: string[];
  rows: { line: number; values: Record<string, string> }[];
}

/** Parses CSV with a header row; every record must have exactly as many fields as the header. */
export function parseCsvTable(text: string): CsvTable {
  const records = parseCsvRecords(text);
  const head = records[0];
  if (!head) throw new CsvSyntaxError(1, 'the file is empty (no header row)');
  const header = head.fields.map((h) => h.trim());
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined) throw new CsvSyntaxError(head.line, `column "${duplicate}" appears twice in the header`);
  const rows = records.slice(1).map((record) => {
    if (record.fields.length !== header.length) {
      throw new CsvSyntaxError(
        record.line,
        `expected ${header.length} fields as in the header, found ${record.fields.length}`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = record.fields[i] ?? '';
    });
    return { line: record.line, values };
  });
  return { header, rows };
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (with CRLF-free \n ending) from already-stringified fields. */
export function toCsvLine(fields: readonly string[]): string {
  return `${fields.map(quoteField).join(',')}\n`;
}
