// The real `sturing analyse` command: fixtures reported with municipality, perceel, element and pointer (exit 1 on a
// gap or contradiction), the seeded rules exhaustively decided, the witness suite passing in `sturing test` and
// covering every rule that can fire, and bad input refused with exit 2 and one line naming the place.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[]) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

interface Finding {
  code: string;
  severity: string;
  gemeente?: string;
  perceel?: string;
  element?: string;
  pointers: string[];
  ruleIds?: string[];
  witness?: { kind: string; verified?: boolean; datum?: string };
  proof?: { conditions?: { tekst: string }[] };
}
interface Analysis {
  rulesetId: string;
  title: string;
  findings: Finding[];
  versions: {
    version: number;
    contexts: { gemeenten: string[]; perceel: string; rules: { ruleId: string; canFire: boolean | null; status: string }[] }[];
    providerRules: { ruleId: string; perceel: string; canFire: boolean | null; status: string }[];
  }[];
  summary: { nietBeslist: number; cells: number };
}

describe('sturing analyse', () => {
  it('reports each fixture with municipality, perceel, element and pointer; exit 1 on a gap or contradiction', () => {
    const run = sturing(['analyse', 'test/fixtures/analysis', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const analyses = (JSON.parse(run.stdout) as { analyses: Analysis[] }).analyses;
    const find = (title: RegExp, code: string) => analyses.find((a) => title.test(a.title))?.findings.filter((f) => f.code === code) ?? [];
    expect(find(/duur dubbel belegd/, 'BESLISSER_DUBBEL')[0]).toMatchObject({
      gemeente: 'bergen',
      perceel: 'lokaal',
      element: 'duur',
      pointers: ['/overrides/bergen/policy/percelen/lokaal/toegang/hoeElementenToegang', '/policy/percelen/lokaal/toegang/hoeElementenInOverleg'],
    });
    expect(find(/trajectbekostiging/, 'BESLISSER_STRIJDIG_MET_BEKOSTIGING')[0]).toMatchObject({
      gemeente: 'gennep',
      perceel: 'regionaal',
      element: 'intensiteit',
      pointers: ['/overrides/gennep/policy/percelen/regionaal/toegang/hoeElementenToegang', '/policy/percelen/regionaal/bekostiging/vorm'],
    });
    expect(find(/na een gat/, 'VERSIE_GAT')[0]).toMatchObject({
      pointers: ['/effectiveTo', '/effectiveFrom'],
      witness: { kind: 'datum', datum: '2022-10-01' },
    });
    const dead = find(/tegenstrijdige voorwaarden/, 'REGEL_KAN_NIET_VUREN')[0];
    expect(dead).toMatchObject({ gemeente: 'beesel', perceel: 'regionaal', pointers: ['/rules/0'], ruleIds: ['jong-en-oud'] });
    expect(dead.proof?.conditions?.map((c) => c.tekst)).toEqual(['casus $.client.leeftijd lessThan 18', 'casus $.client.leeftijd greaterThan 65']);
    const dup = find(/dezelfde code/, 'BEVINDING_DUBBEL').find((f) => f.ruleIds?.includes('kortdurend-zonder-einde'));
    expect(dup).toMatchObject({ gemeente: 'beesel', perceel: 'regionaal', pointers: ['/sharedRules', '/rules/0'], witness: { kind: 'casus', verified: true } });
    expect(find(/niemand bepaalt/, 'BESLISSER_ONTBREEKT').map((f) => f.element)).toEqual(['soort-hulp', 'product', 'intensiteit', 'duur', 'aanbieder']);
  });

  it('the seeded rule sets: nothing blocking (exit 0), every rule × context decided; text and Markdown name the cells decided', () => {
    const text = sturing(['analyse']);
    // Jeugd S3 (Horst aan de Maas, lokaal) and the Zuid-Limburg youth arrangements let the access team fix intensiteit
    // under traject funding: a warning (municipalities choose it deliberately), not a gap or contradiction.
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/26 regelset\(s\) geanalyseerd, [\d]+ cellen beslist, 0 gat\/tegenstrijdigheid\./);
    expect(text.stdout).toMatch(/WAARSCHUWING BESLISSER_STRIJDIG_MET_BEKOSTIGING \[v1 · horst-aan-de-maas · perceel lokaal · element intensiteit\]/);
    expect(text.stdout).toMatch(/Couleur locale in noord-limburg/);
    const md = sturing(['analyse', '--ruleset', 'noord-limburg/jeugd/S3', '--format', 'md', '--as-of', '2023-01-01']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/### Wie beslist — versie 1/);
    expect(md.stdout).toMatch(/\| horst-aan-de-maas \| de toegang \| \*\*de toegang\*\* \(afwijking\)/);
  });

  it('--witnesses writes a suite that sturing test runs and passes, firing every rule that can fire', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sturing-getuigen-'));
    const analysed = sturing(['analyse', '--format', 'json', '--witnesses', dir]);
    // Nothing blocking in the seeds; every witness is confirmed.
    expect(analysed.code, analysed.stderr).toBe(0);
    expect(analysed.stderr).toMatch(/^\d+ getuigen geschreven naar .* \(0 niet bevestigd\)/m);
    const analyses = (JSON.parse(analysed.stdout) as { analyses: Analysis[] }).analyses;
    const tested = sturing(['test', dir, '--reporter', 'json']);
    expect(tested.code, tested.stdout.slice(0, 2000)).toBe(0);
    const report = JSON.parse(tested.stdout) as {
      passed: number;
      failed: number;
      suites: { results: { rulesetId: string; version: number; firedRules: { ruleId: string }[] }[] }[];
    };
    expect(report.failed).toBe(0);
    const fired = new Set(report.suites.flatMap((s) => s.results.flatMap((r) => r.firedRules.map((f) => `${r.rulesetId} v${r.version} ${f.ruleId}`))));
    // Every rule that can fire in some context of a version is fired by a witness: coverage of the rules that can fire is 100 %.
    const canFire = analyses.flatMap((a) =>
      a.versions.flatMap((v) => [
        ...new Set([
          ...v.contexts.flatMap((c) => c.rules.filter((r) => r.canFire).map((r) => `${a.rulesetId} v${v.version} ${r.ruleId}`)),
          // Rules on provider data: their witnesses are provider files, run by sturing test like the provider suites.
          ...v.providerRules.filter((r) => r.canFire).map((r) => `${a.rulesetId} v${v.version} ${r.ruleId}`),
        ]),
      ]),
    );
    expect(canFire.length).toBeGreaterThan(100);
    expect(canFire.filter((key) => key.includes(' aanbieders/')).length).toBeGreaterThan(100);
    expect(canFire.filter((key) => !fired.has(key))).toEqual([]);
    expect(analyses.every((a) => a.summary.nietBeslist === 0)).toBe(true);
    expect(analyses.flatMap((a) => a.findings.filter((f) => f.code === 'ANALYSE_NIET_BESLIST'))).toEqual([]);
  });

  it('refuses bad input with exit 2 and one line naming the place; one broken file does not stop the others', () => {
    const badDate = sturing(['analyse', '--as-of', 'morgen']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr.trim().split('\n')).toEqual(['sturing analyse: --as-of moet een datum JJJJ-MM-DD zijn, niet "morgen"']);
    expect(sturing(['analyse', '--format', 'xml']).code).toBe(2);
    expect(sturing(['analyse', '--region', 'atlantis']).stderr).toMatch(/Er is geen regio atlantis/);
    const dir = mkdtempSync(join(tmpdir(), 'sturing-analyse-'));
    mkdirSync(join(dir, 'los'));
    writeFileSync(join(dir, 'los', 'kapot.json'), '{ "id": "noord-limburg/wmo/S1b",\n  "version": }');
    copyFileSync(join(root, 'test/fixtures/analysis/tegenstrijdige-voorwaarden.json'), join(dir, 'los', 'dood.json'));
    const run = sturing(['analyse', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/kapot\.json:\d+:\d+ ongeldige JSON.*\[JSON_ONGELDIG\]/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toMatch(/REGEL_KAN_NIET_VUREN/);
  });
});
