// The editor build check behind `npm start`: only a production build newer than its sources counts as up to date.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module run by node before anything is compiled
import { BUILD_INFO, developmentFiles, staleReason } from '../../editor/build-check.js';

describe('editor build check', () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), 'sturing-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const production = () => writeFileSync(join(dist, BUILD_INFO), JSON.stringify({ nodeEnv: 'production' }));

  it('accepts a production build newer than its sources', () => {
    production();
    writeFileSync(join(dist, 'assets', 'index.js'), 'const e=Symbol.for("react.transitional.element");');
    expect(staleReason(dist, 0)).toBeUndefined();
  });

  it('rejects a development build even when it is newer than the sources (a test run built it)', () => {
    production();
    writeFileSync(join(dist, 'assets', 'index.js'), 'console.info("%cDownload the React DevTools for a better development experience")');
    expect(developmentFiles(dist)).toEqual([join(dist, 'assets', 'index.js')]);
    expect(staleReason(dist, 0)).toBe('editor/dist bevat React-ontwikkelcode');
  });

  it('rejects a build without the production marker (built by plain vite under another NODE_ENV)', () => {
    expect(staleReason(dist, 0)).toBe('editor/dist is geen productiebuild');
  });

  it('rejects a missing or outdated build', () => {
    production();
    utimesSync(join(dist, 'index.html'), new Date(1000), new Date(1000));
    expect(staleReason(dist, Date.now())).toBe('editor/dist is verouderd');
    rmSync(join(dist, 'index.html'));
    expect(staleReason(dist, 0)).toBe('editor/dist ontbreekt');
  });
});
