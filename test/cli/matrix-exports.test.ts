// `sturing matrix` as council exports (docx, xlsx, pdf) and against the server's store: after a publish in the web
// app (here through the same API), --data-dir and --server show the published version, not only rules/ on disk.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/harness';
import { docxText, xlsxSheets } from '../e2e/read-exports';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);
/** The real command, asynchronously (the test server in this process must keep answering). */
async function sturing(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(root, 'bin/sturing.js'), ...args], { cwd: root, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}
const tmp = mkdtempSync(join(tmpdir(), 'sturing-matrix-exports-'));

describe('sturing matrix --format docx|xlsx|pdf --out FILE', () => {
  it('writes the matrix as Word, Excel and PDF that read back', async () => {
    const docx = join(tmp, 'matrix.docx');
    const written = await sturing(['matrix', '--region', 'noord-limburg', '--as-of', '2023-03-01', '--format', 'docx', '--out', docx]);
    expect(written).toMatchObject({ code: 0, stdout: `Segmentmatrix (peildatum 2023-03-01) geschreven naar ${docx}.\n` });
    const text = await docxText(readFileSync(docx));
    expect(text).toContain('Segmentmatrix Noord-Limburg, Jeugd, peildatum 1 maart 2023');
    expect(text).toMatch(/Venlo: [^\n]*plekken/);
    const xlsx = join(tmp, 'matrix.xlsx');
    expect((await sturing(['matrix', '--region', 'noord-limburg', '--as-of', '2023-03-01', '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    expect(Object.keys(await xlsxSheets(readFileSync(xlsx)))).toEqual([
      'Overzicht',
      'Noord-Limburg — Wmo',
      'Noord-Limburg — Jeugd',
      'Noord-Limburg — Participatie',
    ]);
    const pdf = join(tmp, 'matrix.pdf');
    expect((await sturing(['matrix', '--format', 'pdf', '--out', pdf])).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("writes one segment's full policy with --ruleset", async () => {
    const file = join(tmp, 's3.docx');
    expect((await sturing(['matrix', '--ruleset', 'noord-limburg/jeugd/S3', '--as-of', '2023-03-01', '--format', 'docx', '--out', file])).code).toBe(0);
    const text = await docxText(readFileSync(file));
    expect(text).toContain('Perceel regionaal');
    expect(text).toMatch(/\[\d\] Venlo: /);
  });

  it('refuses a binary format without --out, an unknown rule set, and two sources at once (exit 2, one line)', async () => {
    const noOut = await sturing(['matrix', '--format', 'xlsx']);
    expect(noOut).toMatchObject({ code: 2, stdout: '' });
    expect(noOut.stderr).toBe('sturing matrix: --format xlsx schrijft een bestand: geef --out BESTAND\n');
    const unknown = await sturing(['matrix', '--ruleset', 'noord-limburg/wmo/S9', '--format', 'pdf', '--out', join(tmp, 'x.pdf')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Regelset "noord-limburg\/wmo\/S9" is onbekend; bekende regelsets: .*noord-limburg\/wmo\/S1b/);
    expect((await sturing(['matrix', '--rules', 'rules', '--data-dir', tmp])).stderr).toMatch(/kies één bron/);
    expect((await sturing(['matrix', '--data-dir', tmp])).stderr).toMatch(/daar staat geen Sturing-opslag/);
  });
});

describe("sturing matrix against the server's store", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    // Publish S1b version 2 (fictional change) the way the web app does: draft, save, publish.
    const base = '/api/rulesets/noord-limburg/wmo/S1b';
    const draft = await server.call('POST', `${base}/drafts`, { body: { fromVersion: 1 } });
    const document = draft.json.document;
    document.policy.percelen.regionaal.bekostiging.omschrijving = 'Fictief: gewijzigd in de webapp.';
    const saved = await server.call('PUT', `${base}/drafts/${draft.json.id}`, { body: { document }, headers: { 'if-match': draft.headers.get('etag')! } });
    expect(saved.status).toBe(200);
    const published = await server.call('POST', `${base}/drafts/${draft.json.id}/publish`, {
      body: { effectiveFrom: '2030-01-01', changeNote: 'Fictief: versie uit de webapp.' },
      headers: { 'if-match': saved.headers.get('etag')! },
    });
    expect(published.status, published.text).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const s1bVersion = (stdout: string) =>
    JSON.parse(stdout)
      .regios[0].domeinen.flatMap((d: { segmenten: { segment: string; versie: number }[] }) => d.segmenten)
      .find((s: { segment: string }) => s.segment === 'S1b').versie;

  it('--data-dir reads the store the server keeps', async () => {
    const { dataDir } = server.config as { dataDir: string };
    const result = await sturing(['matrix', '--data-dir', dataDir, '--region', 'noord-limburg', '--as-of', '2030-06-01', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(s1bVersion(result.stdout)).toBe(2);
    // rules/ on disk still has only version 1.
    expect(s1bVersion((await sturing(['matrix', '--region', 'noord-limburg', '--as-of', '2030-06-01', '--format', 'json'])).stdout)).toBe(1);
  });

  it('--server URL --token T reads through the API', async () => {
    const result = await sturing([
      'matrix',
      '--server',
      server.url,
      '--token',
      server.tokens.lezer,
      '--region',
      'noord-limburg',
      '--as-of',
      '2030-06-01',
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(s1bVersion(result.stdout)).toBe(2);
    const refused = await sturing(['matrix', '--server', server.url, '--token', 'onjuist-token', '--format', 'json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/weigert het token \(HTTP 401\)/);
  });
});
