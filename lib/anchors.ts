/** The fragment id of a table on its source page ("Table 4" -> "table-4"). */
export function tableAnchor(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.startsWith('table-') ? slug : `table-${slug || 'untitled'}`;
}
