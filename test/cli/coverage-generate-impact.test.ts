/** CLI: sturing test --coverage/--coverage-threshold, generate and impact, through main(). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const suite = new URL('../regression/noord-limburg/wmo-S1b.json', import.meta.url).pathname;

describe('sturing test --coverage', () => {
  it('reports uncovered rules and fails below the threshold, keeping the last line', async () => {
    const low = await run(['test', suite, '--coverage']);
    expect(low.code).toBe(0);
    expect(low.out).toMatch(/Dekking noord-limburg\/wmo\/S1b v1: \d+\/\d+ regels/);
    expect(low.out).toContain('niet gedekt: regel');
    expect(low.out.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect((await run(['test', suite, '--coverage-threshold', '100'])).code).toBe(1);
    expect((await run(['test', suite, '--coverage-threshold', '0'])).code).toBe(0);
  });
});

describe('--referentie (json-rules-engine, for an audit)', () => {
  it('sturing test gives the same results and the same coverage lines on the reference path', async () => {
    const compiled = await run(['test', suite, '--coverage']);
    const reference = await run(['test', suite, '--coverage', '--referentie']);
    expect(reference.code).toBe(0);
    expect(reference.out).toBe(compiled.out);
  });

  it('sturing evaluate gives the same decision on the reference path, for a case and for provider data', async () => {
    for (const input of [
      ['--case', 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'],
      ['--providers', 'examples/providers-noord-limburg-wmo-s1b.json'],
    ]) {
      const compiled = await run(['evaluate', ...input]);
      const reference = await run(['evaluate', ...input, '--referentie']);
      expect(reference.code).toBe(0);
      expect(JSON.parse(reference.out).findings.length).toBeGreaterThan(0);
      expect(reference.out).toBe(compiled.out);
    }
  });
});

describe('sturing generate and impact', () => {
  it('generates deterministically and reports "geen wijzigingen" for the same version', async () => {
    const a = await run(['generate', '--region', 'noord-limburg', '--year', '2022', '--seed', '5', '--count', '300']);
    const b = await run(['generate', '--region', 'noord-limburg', '--year', '2022', '--seed', '5', '--count', '300']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out.split('\n')).toHaveLength(300);
    const file = join(mkdtempSync(join(tmpdir(), 'sturing-impact-')), 'cases.jsonl');
    writeFileSync(file, a.out);
    const same = await run(['impact', '--ruleset', 'noord-limburg/wmo/S3a', '--from', '1', '--to', '1', '--cases', file]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('geen wijzigingen');
    expect((await run(['generate', '--region', 'noord-limburg', '--year', 'x', '--seed', '1'])).code).toBe(2);
  });

  it('treats a rule-set file as a draft: validated with file:line:column, counted as the next version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sturing-impact-draft-'));
    const cases = join(dir, 'cases.jsonl');
    writeFileSync(cases, (await run(['generate', '--region', 'noord-limburg', '--year', '2022', '--seed', '9', '--count', '4000'])).out);
    const v1 = JSON.parse(readFileSync(new URL('../../rules/noord-limburg/wmo/S1b/v1.json', import.meta.url), 'utf8'));
    v1.policy.percelen.regionaal.toegang.hoe = 'toegang';
    const draft = join(dir, 'draft.json');
    writeFileSync(draft, JSON.stringify(v1, null, 2));
    const changed = await run(['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', draft, '--cases', cases]);
    expect(changed.code).toBe(0);
    expect(changed.out).toContain('# Impact noord-limburg/wmo/S1b: versie 1 → 2');
    expect(changed.out).toMatch(/\| HOE_BIJ_AANBIEDER \| 0 \| [1-9]/);
    expect(changed.out).toMatch(/€ [\d.]+,\d\d/);

    v1.policy.percelen.regionaal.bekostiging.vorm = 'trajekt';
    const text = JSON.stringify(v1, null, 2);
    writeFileSync(draft, text);
    const invalid = await run(['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', draft, '--cases', cases]);
    expect(invalid.code).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('"trajekt"')) + 1;
    expect(invalid.err).toContain(`${draft}:${line}:`);
    expect(invalid.err).toContain('/policy/percelen/regionaal/bekostiging/vorm');
    expect(invalid.err).toContain('REGELSET_ONGELDIG');
    const missing = await run(['impact', '--ruleset', 'noord-limburg/wmo/S1b', '--from', '1', '--to', join(dir, 'bestaat-niet.json'), '--cases', cases]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('bestand niet gevonden');
  });
});
