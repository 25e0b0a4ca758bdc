// The real `sturing` command for provider data (evaluate --providers), the segment matrix and provider suites.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const sturing = (args: string[], input?: string) => {
  const result = spawnSync('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'sturing-providers-'));
const providers = (n: number) => ({
  regio: 'noord-limburg',
  domein: 'wmo',
  segment: 'S1b',
  datum: '2023-03-01',
  toelichting: 'Fictief.',
  aanbieders: Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    naam: `R${i} (fictief)`,
    type: 'regionaal-strategisch',
    gecontracteerdePercelen: ['regionaal'],
  })),
});

describe('sturing evaluate --providers', () => {
  it('evaluates the example provider file: JSON decision with the §6 findings', () => {
    const run = sturing(['evaluate', '--providers', 'examples/providers-noord-limburg-wmo-s1b.json']);
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout);
    expect(decision).toMatchObject({ subject: 'aanbieders', rulesetId: 'noord-limburg/wmo/S1b', summary: { fout: 4 } });
    expect(decision.findings[0]).toHaveProperty('explanation');
  });

  it('reads stdin and prints a Dutch report: 16 providers exceed the maximum, 15 do not', () => {
    const sixteen = sturing(['evaluate', '--providers', '-', '--format', 'text'], JSON.stringify(providers(16)));
    expect(sixteen.code).toBe(0);
    expect(sixteen.stdout).toContain('FOUT MAX_AANBIEDERS_OVERSCHREDEN — Perceel regionaal');
    const fifteen = sturing(['evaluate', '--providers', '-', '--format', 'text'], JSON.stringify(providers(15)));
    expect(fifteen.stdout).toContain('0 fout(en)');
  });

  it('the Jeugd S3 example shows the allowed Venlo conversion and the refused join', () => {
    const run = sturing(['evaluate', '--providers', 'examples/providers-noord-limburg-jeugd-s3.json', '--format', 'text']);
    expect(run.stdout).toContain('FOUT TOETREDING_NIET_TOEGESTAAN — Dagbehandeling De Regenboog (fictief)');
    expect(run.stdout).not.toContain('BASISEENHEID_AFWIJKEND');
  });

  it('invalid provider data exits 2 with one line naming the field and its place', () => {
    const file = join(tmp, 'bad-providers.json');
    const bad = providers(2);
    (bad.aanbieders[1] as Record<string, unknown>).type = 'groot';
    writeFileSync(file, JSON.stringify(bad, null, 2));
    const run = sturing(['evaluate', '--providers', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/bad-providers\.json:\d+:\d+ \/aanbieders\/1\/type: ongeldige waarde.*AANBIEDERS_ONGELDIG/);
  });

  it('every region has a fictional example provider file that evaluates', () => {
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.startsWith('providers-'));
    const regions = new Set(examples.map((f) => JSON.parse(readFileSync(join(root, 'examples', f), 'utf8')).regio));
    expect([...regions].sort()).toEqual(['maastricht-heuvelland', 'noord-limburg', 'noord-veluwe']);
    for (const file of examples) {
      expect(JSON.parse(readFileSync(join(root, 'examples', file), 'utf8')).toelichting).toMatch(/FICTIEF/);
      expect(sturing(['evaluate', '--providers', `examples/${file}`, '--format', 'text']).code).toBe(0);
    }
  });

  it('--case and --providers together is a usage error', () => {
    expect(sturing(['evaluate', '--case', 'a.json', '--providers', 'b.json'])).toMatchObject({ code: 2 });
  });
});

describe('sturing matrix', () => {
  it('renders the Noord-Limburg matrix as Markdown with all segments and the Venlo override', () => {
    const run = sturing(['matrix', '--region', 'noord-limburg', '--format', 'md', '--as-of', '2023-03-01']);
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n').filter((l) => /^\| S[0-9][a-z]? \(v\d+\) \|/.test(l));
    expect(rows).toHaveLength(13); // Wmo S1a–S3b, Jeugd S1–S4, Participatie S1–S3
    expect(run.stdout).toMatch(/\*Venlo: plekken\* \[\d+\]/);
    expect(run.stdout).toContain('### Gemeentelijke afwijkingen');
  });

  it('renders JSON and HTML; refuses an unknown format or region', () => {
    const json = JSON.parse(sturing(['matrix', '--format', 'json', '--as-of', '2023-03-01']).stdout);
    expect(json.regios.map((r: { id: string }) => r.id)).toContain('noord-limburg');
    expect(sturing(['matrix', '--format', 'html', '--region', 'noord-limburg']).stdout).toMatch(/^<!doctype html>/);
    expect(sturing(['matrix', '--format', 'pdf'])).toMatchObject({ code: 2 });
    const unknown = sturing(['matrix', '--region', 'atlantis']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Regio "atlantis" is onbekend/);
    // It suggests the regions it knows.
    expect(unknown.stderr).toMatch(/bekende regio.s: maastricht-heuvelland, noord-limburg, noord-veluwe, referentiemodellen, zuid-limburg/);
  });
});

describe('sturing test with provider suites', () => {
  it('runs the provider regression suites', () => {
    const run = sturing(['test', 'test/regression/providers']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed$/m);
  });
});
