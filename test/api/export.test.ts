// Store ↔ files round-trip exactly: seed from rules/, export, and every file's content is what it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../engine/src/json/content-hash';
import { openDatabase } from '../../server/store/database';
import { RuleStore } from '../../server/store/rule-store';
import { seedFromFiles } from '../../server/store/seed-from-files';
import { ROOT } from './harness';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

describe('sturing export', () => {
  it('writes back exactly what was loaded (same files, same content hashes)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sturing-export-data-'));
    const outDir = mkdtempSync(join(tmpdir(), 'sturing-export-out-'));
    try {
      const store = new RuleStore(await openDatabase({ dataDir }));
      await seedFromFiles(store, join(ROOT, 'rules'), join(ROOT, 'test', 'regression'));
      await store.close();
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/sturing.js'), 'export', outDir, '--data-dir', dataDir], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/\d+ versie\(s\)/);
      const original = jsonFiles(join(ROOT, 'rules'))
        .map((f) => relative(join(ROOT, 'rules'), f))
        // The product-code tables of the message reader are read from rules/ by the server, not kept in the store.
        .filter((f) => f.endsWith('.json') && !f.startsWith('CHANGELOG') && !f.endsWith('productcodes.json'))
        .sort();
      const exported = jsonFiles(outDir)
        .map((f) => relative(outDir, f))
        .sort();
      expect(exported).toEqual(original);
      for (const file of original) {
        const before = JSON.parse(readFileSync(join(ROOT, 'rules', file), 'utf8'));
        const after = JSON.parse(readFileSync(join(outDir, file), 'utf8'));
        expect(contentHash(after), file).toBe(contentHash(before));
      }
      const validate = spawnSync(process.execPath, [join(ROOT, 'bin/sturing.js'), 'validate', outDir], { encoding: 'utf8' });
      expect(validate.status, validate.stdout).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
