// `sturing calc MODEL --ruleset ID --perceel P [--jaar J]`: the policy's own values instead of typed ones ("laad uit beleid").
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[], input?: string) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), 'calc', ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const MH = 'maastricht-heuvelland/wmo/begeleiding';
const overrun = JSON.stringify({ lumpsums: { a: '6000000.00', b: '3000000.00' }, overigeUitgaven: '2848000.00' });

describe('sturing calc --ruleset (laad uit beleid)', () => {
  it('Maastricht 2022 and 2023: plafond and risk share come from the version in force that year', () => {
    const y2022 = JSON.parse(sturing(['lumpsum-plafond', '--ruleset', MH, '--perceel', 'bgi', '--jaar', '2022', '--input', '-'], overrun).stdout);
    expect(y2022).toMatchObject({ overschrijding: '500000.00', gemeenteDeel: '250000.00', beleid: { versie: 1, jaar: 2022 } });
    expect(y2022.beleid.waarden.map((w: { veld: string; pointer: string }) => [w.veld, w.pointer])).toEqual([
      ['plafond', '/policy/percelen/bgi/bekostiging/plafond/0'],
      ['aanbiederAandeelPct', '/policy/percelen/bgi/bekostiging/aanbiederAandeelPct/0'],
      ['laatsteContractjaar', '/policy/percelen/bgi/contract/laatsteContractjaar'],
      ['verdeling', '/policy/percelen/bgi/bekostiging/verdeling'],
    ]);
    const y2023 = JSON.parse(
      sturing(
        ['lumpsum-plafond', '--ruleset', MH, '--perceel', 'bgi', '--jaar', '2023', '--input', '-'],
        JSON.stringify({ lumpsums: { a: '6000000.00', b: '3000000.00' }, overigeUitgaven: '3381000.00' }),
      ).stdout,
    );
    expect(y2023).toMatchObject({
      overschrijding: '500000.00',
      gemeenteDeel: '150000.00',
      terugbetaling: { a: '233333.33', b: '116666.67' },
      beleid: { versie: 2 },
    });
  });

  it('Wmo S1b: trajectory price and norm duration from the catalogue; the rest is named when missing', () => {
    const missing = sturing(['plekken', '--ruleset', 'noord-limburg/wmo/S1b', '--perceel', 'regionaal']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('verplicht veld "trajecten" ontbreekt');
    expect(missing.stderr).toContain('uit het beleid geladen: trajectprijs, doorlooptijdMaanden');
    const run = sturing(['plekken', '--ruleset', 'noord-limburg/wmo/S1b', '--perceel', 'regionaal', '--input', '-'], '{"trajecten": 20}');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ plekken: '10.00', prijsPerPlekPerJaar: '7486.00', budget: '74860.00' });
  });

  it('Wmo S2a population funding: revision threshold 10 % and settlement band 0 from the policy', () => {
    const input = JSON.stringify({ budget: '1000000.00', afgesprokenClienten: 100, werkelijkeClienten: 104, realisatie: '1040000.00' });
    const result = JSON.parse(
      sturing(['populatie', '--ruleset', 'noord-limburg/wmo/S2a', '--perceel', 'regionaal', '--jaar', '2022', '--input', '-'], input).stdout,
    );
    expect(result).toMatchObject({ herzien: false, budget: '1000000.00', afrekening: '40000.00' });
  });

  it('bad use: unknown perceel, --perceel without --ruleset, a year without a version', () => {
    expect(sturing(['plekken', '--ruleset', 'noord-limburg/wmo/S1b', '--perceel', 'bgi']).stderr).toContain('perceel "bgi" bestaat niet');
    expect(sturing(['plekken', '--perceel', 'regionaal', '--input', '-'], '{}').code).toBe(2);
    const early = sturing(['lumpsum-plafond', '--ruleset', MH, '--perceel', 'bgi', '--jaar', '2020', '--input', '-'], overrun);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('heeft in 2020 geen geldende versie');
  });
});
