import type { ReactNode } from 'react';
import type { Finding } from '@/lib/check/types';

/** The checked draft with each recognised number marked by its verdict. */
export function MarkedDraft({ text, findings }: { text: string; findings: Finding[] }) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  return (
    <pre className="marked-draft">
      {lines.map((line, i) => {
        const marks = (byLine.get(i + 1) ?? []).sort((a, b) => a.column - b.column);
        const parts: ReactNode[] = [];
        let at = 0;
        for (const f of marks) {
          const start = f.column - 1;
          if (start < at) continue;
          parts.push(line.slice(at, start));
          parts.push(
            <mark key={start} className={`verdict verdict-${f.status}`} title={`${f.status}: ${f.message}`} data-status={f.status}>
              {line.slice(start, start + f.value.length)}
            </mark>,
          );
          at = start + f.value.length;
        }
        parts.push(line.slice(at));
        return (
          <span key={i} className="draft-line">
            {parts}
            {'\n'}
          </span>
        );
      })}
    </pre>
  );
}
