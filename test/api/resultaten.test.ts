// POST /api/resultaten: the provider outcome report through the real server, on both dialects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type TestServer } from './harness';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/resultaten-zuid-limburg-jeugd-fictief.json'), 'utf8')) as Record<string, unknown>;

describe.each(DIALECTS)('POST /api/resultaten (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(async () => server?.close());

  it('reports each provider by name under the version in force, the same as the CLI', async () => {
    const response = await server.call('POST', '/api/resultaten', { body: { gegevens: example, asOf: '2018-12-31' } });
    expect(response.status).toBe(200);
    expect(response.json.rulesetId).toBe('zuid-limburg/jeugd/arrangementen');
    expect((response.json.aanbieders as { id: string }[]).map((a) => a.id)).toEqual(['jz02', 'jz01', 'jz03']);
    expect(response.json.uitgangspunt).toMatch(/niet met andere aanbieders/);
  });

  it('lists a bad record as skipped and still answers 200', async () => {
    const gegevens = { ...example, perioden: [...(example.perioden as unknown[]), { aanbieder: 'jz01', jaar: 2017, halfjaar: 3 }] };
    const response = await server.call('POST', '/api/resultaten', { body: { gegevens, asOf: '2018-12-31' } });
    expect(response.status).toBe(200);
    expect(response.json.overgeslagen).toEqual([expect.objectContaining({ path: `/perioden/${(example.perioden as unknown[]).length}/halfjaar` })]);
  });

  it('answers 400 naming the field for an unreadable frame, 422 for a date with no version, 401 without a token', async () => {
    const bad = await server.call('POST', '/api/resultaten', { body: { gegevens: { ...example, aanbieders: [] }, asOf: '2018-12-31' } });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe('RESULTATEN_ONGELDIG');
    expect(bad.json.issues[0].path).toBe('/aanbieders');
    expect((await server.call('POST', '/api/resultaten', { body: { gegevens: example, asOf: '2016-06-01' } })).status).toBe(422);
    expect((await server.call('POST', '/api/resultaten', { body: { gegevens: example, onbekend: 1 } })).status).toBe(400);
    expect((await server.call('POST', '/api/resultaten', { role: null, body: { gegevens: example } })).status).toBe(401);
  });
});
