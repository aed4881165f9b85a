import type { ColorScheme } from './theme';

/** The families the papers compare most; their colours are at least 15 CIEDE2000 apart in each scheme. */
export const mainFamilies = ['Mistral', 'Gemini', 'Qwen', 'DeepSeek', 'Llama', 'Gemma', 'OctoThinker', 'MiniCPM', 'InternVL', 'Claude', 'MiMo', 'MiMo-VL', 'GPT', 'other'];

/**
 * One colour per model family and colour scheme: darker shades on the light background and lighter
 * ones on the dark, each at least 3:1 against its chart background; Yi and Phi at least 10 CIEDE2000
 * from every other. Families not listed share the neutral `other` colour rather than borrowing a hue.
 */
export const familyPalettes: Record<ColorScheme, Record<string, string>> = {
  light: {
    Mistral: '#a51d1d',
    Gemini: '#c2255c',
    Qwen: '#6741d9',
    DeepSeek: '#1b2f7a',
    Llama: '#1c7ed6',
    Gemma: '#0b7285',
    OctoThinker: '#087f5b',
    MiniCPM: '#5c940d',
    InternVL: '#6b5b00',
    Claude: '#b06d00',
    MiMo: '#e8590c',
    'MiMo-VL': '#6e3510',
    GPT: '#212529',
    Yi: '#9c36b5',
    Phi: '#495057',
    other: '#868e96',
  },
  dark: {
    Mistral: '#ff6b6b',
    Gemini: '#f783ac',
    Qwen: '#b197fc',
    DeepSeek: '#5c7cfa',
    Llama: '#74c0fc',
    Gemma: '#1ca5b8',
    OctoThinker: '#20c997',
    MiniCPM: '#a9e34b',
    InternVL: '#e9d64a',
    Claude: '#c8b08a',
    MiMo: '#ff922b',
    'MiMo-VL': '#b5651d',
    GPT: '#f1f3f5',
    Yi: '#e599f7',
    Phi: '#adb5bd',
    other: '#868e96',
  },
};

/** Series (runs, benchmarks, models) take the family hues in an order that keeps neighbours apart. */
const seriesOrder = ['Llama', 'MiMo', 'MiniCPM', 'Qwen', 'Mistral', 'Gemma', 'Claude', 'Gemini', 'OctoThinker', 'DeepSeek', 'InternVL', 'MiMo-VL', 'GPT', 'other'];

/** Whether a family has a colour of its own (else it is drawn in the neutral colour with the other families). */
export function hasOwnColor(family: string): boolean {
  return family !== 'other' && Object.hasOwn(familyPalettes.light, family);
}

export function familyColor(family: string, scheme: ColorScheme): string {
  const palette = familyPalettes[scheme];
  return palette[family] ?? palette.other!;
}

export function seriesColor(index: number, scheme: ColorScheme): string {
  return familyPalettes[scheme][seriesOrder[index % seriesOrder.length]!]!;
}
