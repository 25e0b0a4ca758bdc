// `npm test` followed by `npm start` serves a production build: building the editor under a test run's NODE_ENV
// (vitest sets NODE_ENV=test) must still give React's production bundle in editor/dist.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/harness';
// @ts-expect-error -- plain JavaScript module run by node before anything is compiled
import { BUILD_INFO, developmentFiles } from '../../editor/build-check.js';

describe('editor production build', () => {
  it('has no development-only React code in editor/dist after building under NODE_ENV=test', () => {
    const dist = join(ROOT, 'editor', 'dist');
    const build = spawnSync(process.execPath, [join(ROOT, 'editor', 'build-if-stale.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'test' },
    });
    expect(build.status, build.stderr).toBe(0);
    expect(developmentFiles(dist)).toEqual([]);
    expect(JSON.parse(readFileSync(join(dist, BUILD_INFO), 'utf8')).nodeEnv).toBe('production');
    // A second run under the same NODE_ENV accepts the build instead of rebuilding.
    const again = spawnSync(process.execPath, [join(ROOT, 'editor', 'build-if-stale.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'test' },
    });
    expect(again.stdout).toContain('editor/dist is actueel');
  }, 300_000);
});
