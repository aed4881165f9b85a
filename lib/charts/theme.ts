/** Colours for charts, per colour scheme; families keep one colour everywhere (lib/charts/palette.ts). */
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

export { familyColor, seriesColor } from './palette';

/** Translucent fill from a hex colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** What every chart here shares: it fills the frame the page sizes, and draws at once (no animation). */
export const frameSizedOptions = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** An axis with a title, in the scheme's colours. */
export const titledAxis = (theme: ChartTheme, title: string) => ({
  title: { display: true, text: title, color: theme.text },
  ticks: { color: theme.muted },
  grid: { color: theme.grid },
});
