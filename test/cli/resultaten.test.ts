// `sturing resultaten`: the provider outcome report as a user runs it, and its bad-input exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-resultaten-'));
const EXAMPLE = 'examples/resultaten-zuid-limburg-jeugd-fictief.json';

describe('sturing resultaten', () => {
  it('reports every provider of the example, by name, against its own past and the policy targets', () => {
    const run = sturing(['resultaten', '--gegevens', EXAMPLE, '--as-of', '2018-12-31']);
    expect(run.code).toBe(0);
    const headings = [...run.stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Gezinsbegeleiding Parkstad (fictief)', 'Jeugdzorg Heuvelland (fictief)', 'Regiebureau Westelijke Mijnstreek (fictief)']);
    expect(run.stdout).toContain('| Uitval | hoogstens 15 % | 2018 H2 | 11 % | slechter | gehaald |');
    expect(run.stdout).toContain('| 33 Voortijdig afgesloten: eenzijdig door de aanbieder | 1 |');
  });

  it('writes JSON with the providers in name order', () => {
    const run = sturing(['resultaten', '--gegevens', EXAMPLE, '--as-of', '2018-12-31', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { rulesetId: string; aanbieders: { id: string }[]; fictief: boolean };
    expect(report).toMatchObject({ rulesetId: 'zuid-limburg/jeugd/arrangementen', fictief: true });
    expect(report.aanbieders.map((a) => a.id)).toEqual(['jz02', 'jz01', 'jz03']);
  });

  it('exits 2 with file:line:column for an unreadable frame, and for invalid JSON', () => {
    const data = JSON.parse(readFileSync(join(root, EXAMPLE), 'utf8')) as Record<string, unknown>;
    const noProviders = join(tmp, 'geen-aanbieders.json');
    writeFileSync(noProviders, JSON.stringify({ ...data, aanbieders: [] }, null, 2));
    const run = sturing(['resultaten', '--gegevens', noProviders, '--as-of', '2018-12-31']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/geen-aanbieders\.json:\d+:\d+ \/aanbieders: .*\[RESULTATEN_ONGELDIG\]/);
    const broken = join(tmp, 'kapot.json');
    writeFileSync(broken, '{"regio": ');
    const bad = sturing(['resultaten', '--gegevens', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/kapot\.json:1:\d+/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 for a rule set with no version in force, or a missing option', () => {
    expect(sturing(['resultaten', '--gegevens', EXAMPLE, '--as-of', '2016-06-01']).code).toBe(2);
    expect(sturing(['resultaten']).stderr).toContain('--gegevens ontbreekt');
  });
});
