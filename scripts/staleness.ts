import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders whose files never reach `next build`'s output (tests, data, tooling, outputs). */
export const notBuilt = new Set(['node_modules', '.next', '.data', '.git', '.ci', 'test', 'bench', 'docs', 'seeds', 'coverage', 'test-results', '.scratch']);

function* walk(dir: string, skip: ReadonlySet<string>): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full, skip);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Why the build in `root/.next` must be made again, or null when it is current: it is missing, or a
 * source file (anything outside `notBuilt`, Markdown aside) changed after it was made.
 */
export function buildIsStale(root: string): string | null {
  const stamp = path.join(root, '.next/BUILD_ID');
  if (!existsSync(stamp)) return 'no build yet';
  const builtAt = statSync(stamp).mtimeMs;
  for (const file of walk(root, notBuilt)) {
    if (file.endsWith('.md')) continue;
    if (statSync(file).mtimeMs > builtAt) return `${path.relative(root, file)} changed after the last build`;
  }
  return null;
}

/** A digest of everything setup loads (migrations and seeds): names and contents, in a fixed order. */
export function setupFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const dir of ['db/migrations', 'seeds']) {
    const files = [...walk(path.join(root, dir), new Set())].sort();
    for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}
