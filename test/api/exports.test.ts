// GET /api/exports/…: the matrix and a segment's policy as files, read from the store (a publish shows at once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, xlsxSheets } from '../e2e/read-exports';
import { DIALECTS, startTestServer, type TestServer } from './harness';

describe.each(DIALECTS)('exports (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const file = async (path: string) => {
    const response = await fetch(server.url + path, { headers: { authorization: `Bearer ${server.tokens.lezer}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };

  it('serves the matrix as docx, xlsx and pdf', async () => {
    const docx = await file('/api/exports/matrix/docx?region=noord-limburg&asOf=2023-03-01');
    expect(docx.status).toBe(200);
    expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.disposition).toBe('attachment; filename=segmentmatrix-noord-limburg-2023-03-01.docx');
    expect(await docxText(docx.body)).toMatch(/Venlo: [^\n]*plekken/);
    const xlsx = await file('/api/exports/matrix/xlsx?region=noord-limburg&asOf=2023-03-01');
    expect(Object.keys(await xlsxSheets(xlsx.body))).toContain('Noord-Limburg — Jeugd');
    const pdf = await file('/api/exports/matrix/pdf?region=noord-limburg&asOf=2023-03-01');
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("serves a segment's full policy, the version in force", async () => {
    const docx = await file('/api/exports/rulesets/noord-limburg/jeugd/S3/docx?asOf=2023-03-01');
    expect(docx.status).toBe(200);
    expect(docx.disposition).toBe('attachment; filename=beleid-noord-limburg-jeugd-S3-v1.docx');
    const text = await docxText(docx.body);
    expect(text).toContain('Perceel regionaal');
    expect(text).toMatch(/\[\d\] Venlo: /);
  });

  it('refuses a bad format, date, rule set, and a missing token with a problem document', async () => {
    expect((await server.call('GET', '/api/exports/matrix/odt')).json).toMatchObject({ status: 400, code: 'VERZOEK_ONGELDIG' });
    expect((await server.call('GET', '/api/exports/matrix/pdf?asOf=morgen')).status).toBe(400);
    expect((await server.call('GET', '/api/exports/rulesets/noord-limburg/wmo/S9/pdf')).json).toMatchObject({ status: 404, code: 'REGELSET_ONBEKEND' });
    expect((await server.call('GET', '/api/exports/rulesets/noord-limburg/wmo/S1b/pdf?asOf=2001-01-01')).status).toBe(422);
    expect((await server.call('GET', '/api/exports/matrix/pdf', { role: null })).status).toBe(401);
  });
});
