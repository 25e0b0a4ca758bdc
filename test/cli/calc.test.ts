// The real `sturing calc` command: results on stdout, exit 2 with one line naming the field on bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[], input?: string) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-calc-'));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const inwoners = { Beesel: 13483, Bergen: 13085, Gennep: 16935, 'Horst aan de Maas': 42407, 'Peel en Maas': 43430, Venray: 43596, Venlo: 101797 };

/** A refused input: exit 2, nothing on stdout, exactly one line on stderr. */
const expectRefused = (run: ReturnType<typeof sturing>, pattern: RegExp) => {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
};

describe('sturing calc', () => {
  it('--list shows every model with a Dutch description', () => {
    const run = sturing(['calc', '--list']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(15);
    expect(lines[0]).toMatch(/^pxq\s+Inspanningsgericht/);
    expect(run.stdout).toMatch(/^extra-capaciteit\s+Extra capaciteit/m);
  });

  it('calculates from a file and prints JSON with the breakdown', () => {
    const input = file('traject.json', JSON.stringify({ trajectprijs: 6000, normDuurMaanden: 12, startdatum: '2022-10-01' }));
    const run = sturing(['calc', 'traject-jaargrens', '--input', input]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.perJaar).toEqual({ '2022': '1500.00', '2023': '4500.00' });
    expect(result.breakdown.length).toBeGreaterThan(1);
  });

  it('reads the input from stdin', () => {
    const run = sturing(['calc', 'verdeelsleutel', '--input', '-'], JSON.stringify({ totaal: '215000', inwoners, methode: 'afgerond-percentage' }));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ som: '215002.00', verschil: '2.00', verdeling: { Venlo: { aandeelPct: 37.05, bedrag: '79658' } } });
  });

  it('a missing field: exit 2, one line naming it', () => {
    expectRefused(sturing(['calc', 'fte-effect', '--input', '-'], JSON.stringify({ meldingen: 572, normUren: 6 })), /\/productieveUrenPerFte: verplicht veld/);
  });

  it('a negative count: exit 2, one line naming it with file:line:column', () => {
    const input = file('negative.json', JSON.stringify({ totaal: 100, methode: 'exact', inwoners: { Beesel: 10, Bergen: -3 } }, null, 2));
    expectRefused(sturing(['calc', 'verdeelsleutel', '--input', input]), /negative\.json:\d+:\d+ \/inwoners\/Bergen: moet minstens 0 zijn/);
  });

  it('text in an amount: exit 2, one line naming it', () => {
    expectRefused(
      sturing(['calc', 'pxq', '--input', '-'], JSON.stringify({ tarief: 'twaalf euro', aantal: 3, eenheid: 'uur' })),
      /\/tarief: geen geldig bedrag.*INVOER_ONGELDIG/,
    );
  });

  it('an unknown model: exit 2, one line naming it', () => {
    expectRefused(sturing(['calc', 'pxqq', '--input', '-'], '{}'), /onbekend bekostigingsmodel "pxqq".*MODEL_ONBEKEND/);
  });

  it('broken JSON and usage errors: exit 2, one line', () => {
    expectRefused(sturing(['calc', 'pxq', '--input', file('broken.json', '{"tarief": 1,\n "aantal": }')]), /broken\.json:\d+:\d+ .*JSON_ONGELDIG/);
    expectRefused(sturing(['calc', 'pxq']), /--input/);
    expectRefused(sturing(['calc']), /--list/);
    expectRefused(sturing(['calc', 'pxq', '--input', join(tmp, 'missing.json')]), /missing\.json: bestand niet gevonden/);
  });
});
