// `sturing calc MODEL --template`: a filled-in example input that the same command then calculates unchanged.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNDING_MODELS } from '../../engine/src/funding/registry';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[], input?: string) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('sturing calc MODEL --template', () => {
  it('prints an example input for traject-jaargrens that --input - accepts', () => {
    const template = sturing(['calc', 'traject-jaargrens', '--template']);
    expect(template.code).toBe(0);
    const input = JSON.parse(template.stdout);
    expect(Object.keys(input).length).toBeGreaterThan(0);
    const result = sturing(['calc', 'traject-jaargrens', '--input', '-'], template.stdout);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).breakdown.length).toBeGreaterThan(0);
  });

  it('has a template for every model', () => {
    for (const model of FUNDING_MODELS) expect((model.schema as { examples?: unknown[] }).examples?.length, model.id).toBeGreaterThan(0);
  });

  it('refuses --template with --input, and an unknown model (exit 2, one line)', () => {
    const both = sturing(['calc', 'pxq', '--template', '--input', '-'], '{}');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--template en --input gaan niet samen/);
    const unknown = sturing(['calc', 'onbekend', '--template']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/onbekend bekostigingsmodel "onbekend"/);
  });
});
