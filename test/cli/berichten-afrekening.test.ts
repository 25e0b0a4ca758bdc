// Real data to a settlement: 323 declarations (with 305/307) become the realisation that `sturing afrekening` settles.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('declarations to a settlement', () => {
  it('settles the realisation read from the fictional 323 declarations of Noord-Limburg', () => {
    const realisation = sturing([
      'berichten',
      'realisatie',
      'test/fixtures/berichten/declaraties',
      '--jaar',
      '2022',
      '--aanvulling',
      'test/fixtures/berichten/declaraties-aanvulling.json',
    ]);
    expect(realisation.code, realisation.stderr).toBe(0);
    const parsed = JSON.parse(realisation.stdout) as { regio: string; jaar: number; regels: { ruleset: string; aanbieder: string; omzet: string }[] };
    expect(parsed).toMatchObject({ regio: 'noord-limburg', jaar: 2022 });
    const s1b = parsed.regels.filter((r) => r.ruleset === 'noord-limburg/wmo/S1b');
    expect(s1b.length).toBeGreaterThan(0);
    const file = join(mkdtempSync(join(tmpdir(), 'sturing-decl-')), 'realisatie.json');
    writeFileSync(file, realisation.stdout);
    const settlement = sturing(['afrekening', '--ruleset', 'noord-limburg/wmo/S1b', '--jaar', '2022', '--realisatie', file, '--format', 'json']);
    expect(settlement.code, settlement.stderr).toBe(0);
    const result = JSON.parse(settlement.stdout) as { ruleset: string; jaar: number; regels: { aanbieder: string; omzet: string; vastgesteld: string }[] };
    expect(result).toMatchObject({ ruleset: 'noord-limburg/wmo/S1b', jaar: 2022 });
    // Every provider line of the declarations is settled, with the turnover the declarations give.
    for (const line of s1b) expect(result.regels).toContainEqual(expect.objectContaining({ aanbieder: line.aanbieder, omzet: line.omzet }));
    expect(result.regels.every((r) => /^-?\d+\.\d{2}$/.test(r.vastgesteld))).toBe(true);
  });
});
