/** Where the CLI finds things: the package root, the rules folder, the regression suites. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder with package.json above engine/cli). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The rules folder: STURING_RULES_DIR, ./rules in the working directory, or the package's own. */
export function defaultRulesDir(): string {
  if (process.env.STURING_RULES_DIR) return resolve(process.env.STURING_RULES_DIR);
  const local = resolve('rules');
  return existsSync(join(local, 'shared')) ? local : join(PACKAGE_ROOT, 'rules');
}

/** Walks up from a file to the rules root (the folder holding shared/). */
export function findRulesRoot(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, 'shared')) && existsSync(join(dir, 'shared', 'toegang.json')) && !dir.endsWith('/shared')) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
