/** Colours for charts, per colour scheme; families keep one colour everywhere. */
export type ColorScheme = 'light' | 'dark';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
}

export const chartThemes: Record<ColorScheme, ChartTheme> = {
  light: { text: '#1b1f24', muted: '#5b6470', grid: 'rgba(0,0,0,0.08)', background: '#ffffff' },
  dark: { text: '#e6e9ed', muted: '#9aa4ae', grid: 'rgba(255,255,255,0.12)', background: '#111418' },
};

const familyColors: Record<string, string> = {
  MiMo: '#f26b1d',
  'MiMo-VL': '#c2410c',
  MiniCPM: '#16a34a',
  OctoThinker: '#0d9488',
  Qwen: '#7c3aed',
  Llama: '#2563eb',
  Gemma: '#0891b2',
  DeepSeek: '#4f46e5',
  GPT: '#6b7280',
  Claude: '#b45309',
  Gemini: '#db2777',
  Mistral: '#ea580c',
  InternVL: '#65a30d',
};

const fallback = ['#9333ea', '#0284c7', '#ca8a04', '#be123c', '#15803d', '#a16207', '#4338ca', '#0e7490', '#9f1239', '#3f6212'];

/** A stable colour per family: fixed for the main families, hashed into a palette for the rest. */
export function familyColor(family: string): string {
  const fixed = familyColors[family];
  if (fixed) return fixed;
  let h = 0;
  for (const ch of family) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return fallback[h % fallback.length]!;
}

/** A distinct colour per series index (runs, benchmarks, models), the same in both schemes. */
export function seriesColor(index: number): string {
  const palette = ['#2563eb', '#f26b1d', '#16a34a', '#db2777', '#7c3aed', '#0891b2', '#ca8a04', '#be123c', '#4b5563', '#0d9488'];
  return palette[index % palette.length]!;
}

/** Translucent fill from a hex colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
