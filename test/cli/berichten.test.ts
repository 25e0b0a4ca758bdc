// The real `sturing berichten` command on our own fictional messages: every readable allocation decided, every
// problem located, the realisation from declarations, and no BSN anywhere in what it writes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures/berichten');
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-berichten-'));

/** Every BSN in the fixtures (the Bsn elements), to prove none leaks. */
function fixtureBsns(): string[] {
  const bsns = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(dir, name.name));
      else for (const m of readFileSync(join(dir, name.name), 'utf8').matchAll(/Bsn>(\d{9})</g)) bsns.add(m[1]);
    }
  };
  walk(fixtures);
  return [...bsns];
}

describe('sturing berichten check', () => {
  it('checks a directory of well-formed, malformed and unmapped messages completely (exit 1)', () => {
    const run = sturing(['berichten', 'check', fixtures, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    // 8 files at the top level, the declarations folder (4 files) and the export folder (1 CSV, no mapping given)
    expect(report.gelezen.berichten).toBe(13);
    expect(report.getoetst).toBe(8);
    const codes = report.problemen.map((p: { code: string }) => p.code).sort();
    expect(codes).toEqual(
      [
        'AANTAL_ONGELDIG',
        'BERICHTCODE_ONJUIST',
        'BSN_ONGELDIG',
        'DATUM_ONGELDIG',
        'GEMEENTECODE_ONBEKEND',
        'KOLOMINDELING_ONTBREEKT',
        'NAMESPACE_ONBEKEND',
        'PRODUCTCODE_ONBEKEND',
        'PRODUCT_ONTBREEKT',
        'XML_ONGELDIG',
        'XML_ONGELDIG',
      ].sort(),
    );
    for (const p of report.problemen) {
      expect(p.file).toMatch(/\.(xml|csv)$/);
      expect(p.line).toBeGreaterThan(0);
      expect(p.column).toBeGreaterThan(0);
      if (p.file.endsWith('.xml')) expect(p.path).toMatch(/^\//);
    }
    const volume = report.problemen.find((p: { code: string }) => p.code === 'AANTAL_ONGELDIG');
    expect(volume).toMatchObject({ path: '/Bericht/Client[1]/ToegewezenProducten/ToegewezenProduct[2]/Omvang/Volume', line: 52 });
    expect(volume.message).toContain('"twee"');
    expect(report.onbekendeCodes).toEqual([{ code: '02/02Z99', regio: 'noord-limburg', aantal: 1 }]);
    expect(report.perGemeente.venlo.toewijzingen).toBe(6);
    expect(report.gelezen.overgeslagen.BERICHT_ONVOLLEDIG).toBe(1);
    // the truncated message still yields its complete first client
    expect(report.fouten.length + (report.getoetst - report.metFout)).toBe(report.getoetst);
    // declarations, starts and stops are read and counted; the stops feed the outflow summary
    expect(report.gelezen.items).toMatchObject({ prestatie: 7, start: 3, stop: 2 });
    expect(report.uitstroom).toEqual([
      { aanbieder: 'r01', reden: '19', omschrijving: 'Levering volgens plan beeindigd', aantal: 1 },
      { aanbieder: 'r01', reden: '31', omschrijving: 'Verhuizing naar een andere gemeente', aantal: 1 },
    ]);
  });

  it('a clean message exits 0 with a Dutch text report; md and html render the same counts', () => {
    const clean = sturing(['berichten', 'check', join(fixtures, 'venlo-301-wmo-s1b.xml')]);
    expect(clean.code).toBe(1); // it has fouten (HOE_BIJ_AANBIEDER, INDICATIE_ONBEPAALDE_TIJD)
    expect(clean.stdout).toContain('3 getoetst: 2 met een fout');
    const md = sturing(['berichten', 'check', join(fixtures, 'venlo-301-wmo-s1b.xml'), '--format', 'md']);
    expect(md.stdout).toContain('| HOE_BIJ_AANBIEDER |');
    const html = sturing(['berichten', 'check', join(fixtures, 'venlo-301-wmo-s1b.xml'), '--format', 'html']);
    expect(html.stdout).toContain('<html lang="nl">');
    expect(html.stdout).toContain('<td>INDICATIE_ONBEPAALDE_TIJD</td>');
    const ok = sturing(['berichten', 'check', join(fixtures, 'declaraties')]);
    expect(ok.code).toBe(0);
  });

  it('csv has one line per checked allocation with its decision', () => {
    const out = join(tmp, 'toets.csv');
    const run = sturing(['berichten', 'check', join(fixtures, 'venlo-301-wmo-s1b.xml'), '--format', 'csv', '--out', out]);
    expect(run.code).toBe(1);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0].split(';')).toContain('bevindingen');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('0983-22000102;'))).toContain(';in orde;');
  });

  it('refuses a missing path or unknown subcommand with exit 2 and one line', () => {
    const missing = sturing(['berichten', 'check', join(tmp, 'bestaat-niet')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/bestaat niet/);
    const unknown = sturing(['berichten', 'toets']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/onbekende deelopdracht/);
  });
});

describe('sturing berichten realisatie', () => {
  it('aggregates 323 declarations with 305/307 per provider, perceel, municipality and year', () => {
    const run = sturing(['berichten', 'realisatie', join(fixtures, 'declaraties'), '--jaar', '2022']);
    expect(run.code).toBe(0);
    const realisation = JSON.parse(run.stdout);
    expect(realisation).toMatchObject({ regio: 'noord-limburg', jaar: 2022, fictief: true });
    expect(realisation.regels).toContainEqual({
      ruleset: 'noord-limburg/wmo/S1b',
      perceel: 'regionaal',
      gemeente: 'venlo',
      aanbieder: 'r01',
      omzet: '3750.00', // 4 × 1250.00 debit minus 1 × 1250.00 credit
      clienten: 3,
      trajectenGestart: 3, // one start without product, placed through its allocation number
      trajectenBeeindigd: 2,
      plekMaanden: 4, // Venlo converts trajecten to plekken on S1b regionaal: the months of its running trajectories count
      voorschotten: '0.00',
    });
    expect(realisation.regels).toHaveLength(3);
  });

  it('adds the contract facts messages do not carry (plafond per provider) from a supplement', () => {
    const run = sturing([
      'berichten',
      'realisatie',
      join(fixtures, 'declaraties'),
      '--jaar',
      '2022',
      '--aanvulling',
      join(fixtures, 'declaraties-aanvulling.json'),
    ]);
    expect(run.code).toBe(0);
    const realisation = JSON.parse(run.stdout);
    expect(realisation.regels.find((r: { aanbieder: string; gemeente: string }) => r.aanbieder === 'r01' && r.gemeente === 'venlo')).toMatchObject({
      omzet: '3750.00',
      budget: '3000.00',
    });
  });

  it('md shows the outflow reasons per provider', () => {
    const run = sturing(['berichten', 'realisatie', join(fixtures, 'declaraties'), '--jaar', '2022', '--format', 'md']);
    expect(run.stdout).toContain('| r01 | 31 | Verhuizing naar een andere gemeente | 1 |');
  });
});

describe('privacy', () => {
  it('no BSN from the messages appears in any report format, csv or realisation', () => {
    const bsns = fixtureBsns();
    expect(bsns.length).toBeGreaterThan(10);
    const outputs: string[] = [];
    for (const format of ['text', 'md', 'html', 'json', 'csv']) {
      const run = sturing(['berichten', 'check', fixtures, '--format', format]);
      outputs.push(run.stdout, run.stderr);
    }
    const realisation = sturing(['berichten', 'realisatie', join(fixtures, 'declaraties'), '--jaar', '2022', '--format', 'md']);
    outputs.push(realisation.stdout, realisation.stderr);
    const all = outputs.join('\n');
    expect(all.length).toBeGreaterThan(1000);
    for (const bsn of bsns) expect(all).not.toContain(bsn);
  });
});

describe('sturing validate on the code mapping', () => {
  it('accepts the seeded product-code tables and region codes', () => {
    const run = sturing(['validate', join(root, 'rules/noord-limburg/productcodes.json'), join(root, 'rules/noord-limburg/region.json')]);
    expect(run.code).toBe(0);
  });

  it('reports an unknown perceel, a code outside its category, overlapping periods and a duplicate AGB code at file:line:column', () => {
    const rules = join(tmp, 'rules');
    cpSync(join(root, 'rules'), rules, { recursive: true });
    const table = JSON.parse(readFileSync(join(rules, 'noord-limburg/productcodes.json'), 'utf8'));
    table.producten[0].perceel = 'nergens';
    table.producten[1].code = '03A02';
    table.producten.push({ ...table.producten[2] });
    writeFileSync(join(rules, 'noord-limburg/productcodes.json'), JSON.stringify(table, null, 2));
    const region = JSON.parse(readFileSync(join(rules, 'noord-limburg/region.json'), 'utf8'));
    region.aanbieders[1].agb = region.aanbieders[0].agb;
    writeFileSync(join(rules, 'noord-limburg/region.json'), JSON.stringify(region, null, 2));
    const run = sturing(['validate', join(rules, 'noord-limburg/productcodes.json'), join(rules, 'noord-limburg/region.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/productcodes\.json:\d+:\d+ \/producten\/0\/perceel: .*"nergens".*\[PERCEEL_ONBEKEND\]/);
    expect(run.stdout).toMatch(/\/producten\/1\/code: .*\[PRODUCTCODE_ONGELDIG\]/);
    expect(run.stdout).toMatch(/overlapt in tijd met \/producten\/2 \[OVERLAP\]/);
    expect(run.stdout).toMatch(/region\.json:\d+:\d+ \/aanbieders\/1\/agb: .*\[DUBBEL\]/);
  });
});
