import { readFileSync } from 'node:fs';
import path from 'node:path';

export const dynamic = 'force-dynamic';

/** The table the bench copied from Benchboard's `/` (with its CSS), served as a fixed server-rendered page. */
export default function Page() {
  const dir = process.env.BARE_NEXT_TABLE_DIR ?? path.join(process.cwd(), '.table');
  const css = readFileSync(path.join(dir, 'table.css'), 'utf8');
  const html = readFileSync(path.join(dir, 'table.html'), 'utf8');
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
