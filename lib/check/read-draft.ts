export const maxDraftBytes = 1024 * 1024;

/** A draft's bytes as text, or why they are refused: too large (413), empty or not UTF-8 text (400). */
export function readDraft(bytes: Uint8Array): { ok: true; text: string } | { ok: false; status: 400 | 413; error: string } {
  if (bytes.length > maxDraftBytes) return { ok: false, status: 413, error: `the draft is larger than ${maxDraftBytes} bytes` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: 'the draft is not UTF-8 text' };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return { ok: false, status: 400, error: 'the draft contains binary data' };
  if (!text.trim()) return { ok: false, status: 400, error: 'the draft is empty' };
  return { ok: true, text };
}
