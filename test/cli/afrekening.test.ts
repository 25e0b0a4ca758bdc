// The real `sturing afrekening` on each seeded region's fictional realisation file, the scenario comparison, and bad input (exit 2, Dutch, located).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), 'afrekening', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-afrekening-'));
const MH = 'maastricht-heuvelland/wmo/begeleiding';

describe('sturing afrekening on the example realisations', () => {
  it('Maastricht 2022 under v1: BGI € 379.000 under the plafond, carried to 2023; 2023 under v2: € 500.000 over, providers bear 70 %', () => {
    const y2022 = JSON.parse(
      sturing(['--ruleset', MH, '--jaar', '2022', '--realisatie', 'examples/realisatie-maastricht-heuvelland-2022.json', '--format', 'json']).stdout,
    );
    expect(y2022.versie).toBe(1);
    expect(y2022.percelen[0]).toMatchObject({ perceel: 'bgi', plafond: '11348000.00', onderbenutting: '379000.00' });
    const run = sturing(['--ruleset', MH, '--jaar', '2023', '--realisatie', 'examples/realisatie-maastricht-heuvelland-2023.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Jaarafrekening 2023 — maastricht-heuvelland/wmo/begeleiding, versie 2 (fictieve realisatie)');
    expect(run.stdout).toContain('Overschrijding € 500.000,00: aanbieders dragen 70% = € 350.000,00');
    expect(run.stdout).toContain('/policy/percelen/bgi/bekostiging/aanbiederAandeelPct/1 = 70 (versie 2)');
  });

  it('runs on every seeded region file (JSON and CSV), in every format, with a municipality', () => {
    const runs = [
      ['--ruleset', 'noord-limburg/wmo/S2a', '--realisatie', 'examples/realisatie-noord-limburg-2022.json', '--format', 'md'],
      ['--ruleset', 'noord-limburg/jeugd/S4', '--realisatie', 'examples/realisatie-noord-limburg-2022.json', '--gemeente', 'venlo', '--format', 'csv'],
      ['--ruleset', 'noord-limburg/wmo/S1b', '--realisatie', 'examples/realisatie-noord-limburg-wmo-2022.csv', '--format', 'text'],
      ['--ruleset', 'noord-veluwe/wmo/hbh', '--realisatie', 'examples/realisatie-noord-veluwe-2022.json', '--format', 'json'],
      ['--ruleset', MH, '--realisatie', 'examples/realisatie-maastricht-heuvelland-2024.json', '--format', 'md'],
    ];
    for (const args of runs) {
      const run = sturing(args);
      expect(run.stderr, args.join(' ')).toBe('');
      expect(run.code).toBe(0);
    }
    expect(sturing(runs[1]).stdout.split(/\r?\n/)[0]).toBe(
      'jaar;ruleset;versie;aanbieder;gemeente;perceel;model;omzet;voorschotten;vastgesteld;afrekening;niet_vergoed;aandeel_overschrijding;toevoeging_volgend_jaar;beleid',
    );
  });

  it('the JSON and the CSV file give the same Wmo S1b settlement', () => {
    const json = JSON.parse(
      sturing(['--ruleset', 'noord-limburg/wmo/S1b', '--realisatie', 'examples/realisatie-noord-limburg-2022.json', '--format', 'json']).stdout,
    );
    const csv = JSON.parse(
      sturing(['--ruleset', 'noord-limburg/wmo/S1b', '--realisatie', 'examples/realisatie-noord-limburg-wmo-2022.csv', '--format', 'json']).stdout,
    );
    expect(csv.totalen).toEqual(json.totalen);
    expect(json.totalen.regio.omzet).toBe('8200000.00');
  });
});

describe('sturing afrekening --vergelijk-met', () => {
  it('a draft that moves Wmo S2a back to a 10 % settlement band: euros per provider and municipality', () => {
    const draft = JSON.parse(readFileSync(join(root, 'rules/noord-limburg/wmo/S2a/v1.json'), 'utf8'));
    for (const perceel of Object.values(draft.policy.percelen) as { bekostiging: Record<string, unknown> }[]) perceel.bekostiging.bandbreedtePct = 10;
    const file = join(tmp, 's2a-band-10.json');
    writeFileSync(file, JSON.stringify(draft));
    const run = sturing([
      '--ruleset',
      'noord-limburg/wmo/S2a',
      '--realisatie',
      'examples/realisatie-noord-limburg-2022.json',
      '--vergelijk-met',
      file,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.stdout);
    expect(comparison.geenVerschil).toBe(false);
    expect(comparison.variant).toEqual({ versie: 1, bronVersie: 'concept' });
    expect(comparison.gemeenten).toHaveLength(7);
  });
  it('Noord-Veluwe (realisation funding, no budget): the same version compared changes no euro', () => {
    const run = sturing([
      '--ruleset',
      'noord-veluwe/wmo/ambulante-begeleiding',
      '--realisatie',
      'examples/realisatie-noord-veluwe-2022.json',
      '--vergelijk-met',
      '1',
      '--format',
      'md',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Geen euro verschil');
    expect(run.stdout).toContain('| **regio** |');
  });
  it('the same version says "geen euro verschil"', () => {
    const run = sturing(['--ruleset', MH, '--realisatie', 'examples/realisatie-maastricht-heuvelland-2023.json', '--vergelijk-met', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Geen euro verschil');
  });
  it('the 2023 realisation under v1 (risk share 50 %, the 2022 plafond continues): the providers bear less, the municipality more', () => {
    const run = sturing(['--ruleset', MH, '--realisatie', 'examples/realisatie-maastricht-heuvelland-2023.json', '--vergelijk-met', '1', '--format', 'json']);
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.stdout);
    expect(comparison).toMatchObject({ basis: { versie: 2 }, variant: { versie: 1 }, geenVerschil: false });
    expect(Number(comparison.regio.verschil)).toBeLessThan(0);
  });
});

describe('sturing afrekening: bad input', () => {
  const write = (name: string, text: string) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };
  const HEADER = 'ruleset;perceel;gemeente;aanbieder;omzet;clienten;trajecten_gestart;trajecten_beeindigd;plekmaanden;voorschotten';
  it('a CSV with a missing column, an unknown municipality and a negative amount: exit 2, file, row and column, nothing on stdout', () => {
    const missing = sturing(['--ruleset', 'noord-limburg/wmo/S2a', '--realisatie', write('a-2022.csv', 'ruleset;perceel\nx;y\n')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('a-2022.csv:1: regel 1: kolom "gemeente" ontbreekt in de kopregel (en 7 andere)');
    const unknown = sturing([
      '--ruleset',
      'noord-limburg/wmo/S2a',
      '--realisatie',
      write('b-2022.csv', `${HEADER}\nnoord-limburg/wmo/S2a;regionaal;heerlen;p1;10.00;1;0;0;0;0\n`),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('rij 2, kolom "gemeente": gemeente "heerlen" hoort niet bij regio noord-limburg');
    const negative = sturing([
      '--ruleset',
      'noord-limburg/wmo/S2a',
      '--realisatie',
      write('c-2022.csv', `${HEADER}\nnoord-limburg/wmo/S2a;regionaal;venlo;p1;-10.00;1;0;0;0;0\n`),
    ]);
    expect(negative.stderr).toContain('rij 2, kolom "omzet": "-10.00" is geen geldig bedrag');
    expect(negative.stdout).toBe('');
  });
  it('a year with no version in force, an unknown provider, a wrong --jaar: exit 2 in Dutch', () => {
    const y2020 = sturing([
      '--ruleset',
      MH,
      '--realisatie',
      write(
        'd.json',
        JSON.stringify({
          regio: 'maastricht-heuvelland',
          jaar: 2020,
          regels: [{ ruleset: MH, perceel: 'bgi', gemeente: 'maastricht', aanbieder: 'a', omzet: '1.00' }],
        }),
      ),
    ]);
    expect(y2020.code).toBe(2);
    expect(y2020.stderr).toContain('heeft in 2020 geen geldende versie');
    const provider = sturing([
      '--ruleset',
      MH,
      '--realisatie',
      write(
        'e.json',
        JSON.stringify(
          {
            regio: 'maastricht-heuvelland',
            jaar: 2022,
            aanbieders: [{ id: 'a', naam: 'A' }],
            regels: [{ ruleset: MH, perceel: 'bgi', gemeente: 'maastricht', aanbieder: 'zz', omzet: '1.00' }],
          },
          null,
          2,
        ),
      ),
    ]);
    expect(provider.code).toBe(2);
    expect(provider.stderr).toContain('onbekende aanbieder "zz"');
    expect(provider.stderr).toMatch(/e\.json:\d+/);
    const jaar = sturing(['--ruleset', MH, '--jaar', '2023', '--realisatie', 'examples/realisatie-maastricht-heuvelland-2022.json']);
    expect(jaar.code).toBe(2);
    expect(jaar.stderr).toContain('de realisatie is van 2022, niet van 2023');
  });
});
