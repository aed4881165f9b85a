import { describe, expect, it } from 'vitest';
import { matchedTokens, namesMatch, normalizeName, searchModels, searchTokens } from '@/lib/name-search';

const models = [
  { id: 'mimo-7b-rl', name: 'MiMo-7B-RL', family: 'MiMo', aliases: ['MiMo-7B-RL', 'MiMo 7B RL'] },
  { id: 'mimo-7b-base', name: 'MiMo-7B-Base', family: 'MiMo', aliases: [] },
  { id: 'qwen2.5-7b', name: 'Qwen2.5-7B', family: 'Qwen', aliases: ['Qwen2.5 7B Base'] },
  { id: 'qwen2.5-72b-instruct', name: 'Qwen2.5-72B-Instruct', family: 'Qwen', aliases: [] },
  { id: 'llama-3.1-8b', name: 'Llama-3.1-8B', family: 'Llama', aliases: [] },
];

describe('name search', () => {
  it('normalises by lowercasing and dropping everything but letters and digits', () => {
    expect(normalizeName('MiMo-7B RL')).toBe('mimo7brl');
    expect(normalizeName('Qwen2.5 7B (Base)')).toBe('qwen257bbase');
    expect(normalizeName('Über–Modell_1')).toBe('übermodell1');
  });

  it('splits on any whitespace and drops tokens that are only punctuation', () => {
    expect(searchTokens('  MiMo-7B-RL \t AIME  2024 - ')).toEqual(['mimo7brl', 'aime', '2024']);
    expect(searchTokens('   ')).toEqual([]);
  });

  it('finds models regardless of case and dashes, with every token required', () => {
    expect(searchModels(models, 'mimo rl').map((m) => m.id)).toEqual(['mimo-7b-rl']);
    expect(searchModels(models, 'MIMO-7B').map((m) => m.id)).toEqual(['mimo-7b-rl', 'mimo-7b-base']);
    // "7b" must not match the 72B model (normalised "72b" does not contain "7b")
    expect(searchModels(models, 'qwen 7b').map((m) => m.id)).toEqual(['qwen2.5-7b']);
    expect(searchModels(models, 'qwen25 base').map((m) => m.id)).toEqual(['qwen2.5-7b']);
    expect(searchModels(models, 'mimo llama')).toEqual([]);
  });

  it('lets different tokens match different names of the same model (family and alias)', () => {
    expect(namesMatch(['qwen', '7bbase'], ['x', 'Qwen', 'Qwen2.5 7B Base'])).toBe(true);
    expect(namesMatch(['mimo', 'nothing'], ['MiMo'])).toBe(false);
  });

  it('an empty query matches every model', () => {
    expect(searchModels(models, '')).toHaveLength(models.length);
  });

  it('reports which tokens a set of names covers', () => {
    expect([...matchedTokens(['mimo7brl', 'aime', '2024'], ['AIME 2024', 'aime-2024'])]).toEqual([1, 2]);
  });
});
