'use client';

import { useState } from 'react';

export interface CopyButtonProps {
  text: string;
  label: string;
}

async function copy(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older or locked-down browsers: a hidden textarea and the legacy copy command.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** Copies text to the clipboard and says so (or says it failed) where a screen reader hears it. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="copy">
      <button
        type="button"
        onClick={() =>
          copy(text).then(
            () => setStatus('copied'),
            () => setStatus('failed'),
          )
        }
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className={`copy-status ${status}`}>
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Could not copy; select the text instead' : ''}
      </span>
    </span>
  );
}
