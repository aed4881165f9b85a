import { describe, expect, it } from 'vitest';
import { itemsFromSetting, samplesAveraged } from '@/lib/samples-averaged';

describe('samplesAveraged', () => {
  it.each([
    ['32 samples averaged; T=0.6, top-p 0.95; max 32,768 new tokens', 32],
    ['8 samples averaged; problems 2025-02-01 to 2025-05-01; T=0.6', 8],
    ['1 sample; T=0.6, top-p 0.95; max 32,768 new tokens', 1],
    ['0-shot; avg@16', 16],
    ['5-shot', null],
    ['', null],
    ['coverage over 256 samples; notebook comment', null],
    ['first of two values printed in one cell', null],
  ])('%s → %s', (setting, k) => {
    expect(samplesAveraged(setting)).toBe(k);
  });
});

describe('itemsFromSetting', () => {
  it.each([
    ['base model, few-shot CoT, greedy; 8-shot GSM CoT; n=1319', 1319],
    ['base model, few-shot CoT, greedy; 0-shot (Q:/A: format); n=40', 40],
    ['5-shot', null],
    ['n=12abc', null],
  ])('%s → %s', (setting, n) => {
    expect(itemsFromSetting(setting)).toBe(n);
  });
});
