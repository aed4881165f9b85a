import { describe, expect, it } from 'vitest';
import { escapeBibtexText, parseBibtexEntry, protectTitleCase, servedBibtex } from '@/lib/bibtex';

describe('served BibTeX', () => {
  it('escapes specials outside URLs and leaves escaped ones alone', () => {
    expect(escapeBibtexText('eval_details.md & 5% of $x #1')).toBe('eval\\_details.md \\& 5\\% of \\$x \\#1');
    expect(escapeBibtexText('a\\_b \\url{https://x.org/a_b#c}')).toBe('a\\_b \\url{https://x.org/a_b#c}');
    expect(escapeBibtexText('a__b')).toBe('a\\_\\_b');
  });

  it('protects capitalised names but not ordinary words', () => {
    expect(protectTitleCase('MiMo: Unlocking the Reasoning Potential of LLMs')).toBe('{MiMo}: Unlocking the Reasoning Potential of {LLMs}');
    expect(protectTitleCase('Qwen2.5-VL repository README, August 2023', ['Qwen'])).toBe('{Qwen2.5-VL} repository {README}, {August} 2023');
    expect(protectTitleCase('Meta Llama 3 model card', ['Meta', 'Llama'])).toBe('{Meta} {Llama} 3 model card');
    expect(protectTitleCase('{MiniCPM} stays {as is}')).toBe('{MiniCPM} stays {as is}');
  });

  it('gives arXiv entries eprint, archivePrefix and url, and keeps every field', () => {
    const out = servedBibtex('@misc{k, title = {OctoThinker: x_y}, author = {A, B}, year = 2025}', { arxivId: '2506.20512' });
    const entry = parseBibtexEntry(out)!;
    expect(entry.key).toBe('k');
    expect(Object.fromEntries(entry.fields.map((f) => [f.name, f.value]))).toEqual({
      title: '{OctoThinker}: x\\_y',
      author: 'A, B',
      year: '2025',
      eprint: '2506.20512',
      archivePrefix: 'arXiv',
      url: 'https://arxiv.org/abs/2506.20512',
    });
  });

  it('refuses text that is not one entry', () => {
    expect(() => servedBibtex('@misc{k, title = {unclosed}')).toThrow();
    expect(() => servedBibtex('no entry')).toThrow();
  });
});
