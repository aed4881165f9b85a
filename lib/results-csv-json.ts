/** The results export's formats (the streamed writers are lib/export-stream.ts and lib/export-lines.ts). */

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}
