// The real `sturing` command, as a user runs it: exit codes, one-line errors, file:line:column.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[], input?: string) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-cli-'));
const example = JSON.parse(readFileSync(join(root, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));

describe('sturing CLI', () => {
  it('validate rules exits 0', () => {
    const run = sturing(['validate', 'rules']);
    expect(run.stdout).toMatch(/0 probleem/);
    expect(run.code).toBe(0);
  });

  it('validate names file:line:column and exits 1', () => {
    const run = sturing(['validate', 'test/fixtures/invalid-rulesets/misspelt-enum.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^test\/fixtures\/invalid-rulesets\/misspelt-enum\.json:\d+:\d+ \/policy\/percelen\/regionaal\/bekostiging\/budget: ongeldige waarde/m,
    );
  });

  it('evaluate prints the decision with HOE_BIJ_AANBIEDER, rule id and explanation', () => {
    const run = sturing(['evaluate', '--case', 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json']);
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(decision.findings).toHaveLength(1);
    expect(decision.findings[0]).toMatchObject({ code: 'HOE_BIJ_AANBIEDER', severity: 'fout', ruleId: 'toegang/hoe-bij-aanbieder/intensiteit' });
    expect(decision.findings[0].explanation.conditions).toHaveLength(2);
  });

  it('the same case with the intensity left to the provider has no fout', () => {
    const run = sturing(['evaluate', '--case', 'examples/venlo-wmo-s1b-intensiteit-door-aanbieder.json', '--format', 'text']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0 fout(en)');
  });

  it('reads the case from stdin', () => {
    const run = sturing(['evaluate', '--case', '-', '--format', 'text'], JSON.stringify(example));
    expect(run.stdout).toContain('FOUT HOE_BIJ_AANBIEDER');
  });

  it('a date before the first effectiveFrom is a clear error, exit 2', () => {
    const run = sturing(['evaluate', '--case', 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json', '--as-of', '2021-06-01']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/geen geldende versie.*2022-01-01.*GEEN_VERSIE_VAN_KRACHT/);
  });

  it('invalid input exits 2 with one line naming the field and its place in the file', () => {
    const file = join(tmp, 'bad-case.json');
    writeFileSync(
      file,
      JSON.stringify({ ...example, besluit: { ...example.besluit, hoe: { intensiteit: { waarde: 'x', vastgesteldDoor: 'wijkteam' } } } }, null, 2),
    );
    const run = sturing(['evaluate', '--case', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/bad-case\.json:\d+:\d+ \/besluit\/hoe\/intensiteit\/vastgesteldDoor: ongeldige waarde/);
  });

  it('broken JSON and usage errors exit 2 with one line', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"id": "x",\n "gemeente": }');
    expect(sturing(['evaluate', '--case', file])).toMatchObject({ code: 2, stdout: '' });
    expect(sturing(['evaluate'])).toMatchObject({ code: 2 });
    expect(sturing(['evaluate', '--case', file, '--format', 'pdf']).stderr).toMatch(/--format/);
    expect(sturing(['frobnicate']).code).toBe(2);
    expect(sturing(['evaluate', '--cas', 'x']).code).toBe(2);
  });

  it('test runs every suite and ends with the closing line', () => {
    const run = sturing(['test']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('test exits 1 on a broken expectation and shows the difference', () => {
    const suite = JSON.parse(readFileSync(join(root, 'test/regression/noord-limburg/wmo-S1b.json'), 'utf8'));
    suite.cases = [{ ...suite.cases[1], expect: { findings: [] } }];
    const file = join(tmp, 'broken-suite.json');
    writeFileSync(file, JSON.stringify(suite));
    const run = sturing(['test', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('+ onverwacht: HOE_BIJ_AANBIEDER');
    expect(run.stdout).toContain('regels gevuurd: toegang/hoe-bij-aanbieder/intensiteit');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('test writes JUnit XML', () => {
    const run = sturing(['test', '--reporter', 'junit']);
    expect(run.stdout).toMatch(/^<\?xml/);
    expect(run.stdout).toContain('<testcase');
  });
});
