// Funding computed from the rule sets of the seeds as a user runs it: the Beschermd Wonen ingroeimodel of
// Maastricht-Heuvelland and the Zuid-Limburg trajectory prices over the year boundary.
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
const BW = ['calc', 'ingroeimodel', '--ruleset', 'maastricht-heuvelland/beschermd-wonen/beschermd-thuis', '--perceel', 'beschermd-wonen'];

describe('funding from the seeds’ rule sets', () => {
  it('computes the Beschermd Wonen budget of Maastricht for 2023 as 80 % historical and 20 % objective, no amounts typed', () => {
    const run = sturing([...BW, '--jaar', '2023', '--gemeente', 'maastricht']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      budget: string;
      aandeelObjectiefPct: number;
      breakdown: string[];
      beleid: { waarden: { veld: string; pointer: string }[] };
    };
    expect(result).toMatchObject({ budget: '25744000.00', aandeelObjectiefPct: 20 });
    expect(result.breakdown.join(' ')).toContain('× 80% + ');
    expect(result.beleid.waarden.map((w) => w.veld)).toEqual(['historisch', 'objectief', 'jaar', 'startjaar', 'stapPct']);
  });

  it('gives a municipality other than the centre municipality only its objective share', () => {
    const run = sturing([...BW, '--jaar', '2023', '--gemeente', 'vaals']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).budget).toBe('432000.00');
  });

  it('asks for the municipality, exit 2', () => {
    const run = sturing([...BW, '--jaar', '2023']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('noem de gemeente');
  });

  it('splits a Zuid-Limburg youth trajectory over the year boundary pro rata per month from the policy price and duration', () => {
    const input = join(mkdtempSync(join(tmpdir(), 'sturing-zl-')), 'start.json');
    writeFileSync(input, JSON.stringify({ startdatum: '2017-10-01' }));
    const run = sturing([
      'calc',
      'traject-jaargrens',
      '--ruleset',
      'zuid-limburg/jeugd/arrangementen',
      '--perceel',
      'midden',
      '--jaar',
      '2017',
      '--input',
      input,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).perJaar).toEqual({ '2017': '2600.00', '2018': '5200.00' });
  });
});
