// Reference policies (the Venlo and Eindhoven models) are read only: listed and readable, never a draft. Both dialects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type TestServer } from './harness';

const VENLO = '/api/rulesets/referentiemodellen/wmo/venlo-model';

describe.each(DIALECTS)('reference policies (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(async () => server?.close());

  it('lists and reads them like any rule set', async () => {
    const list = await server.call('GET', '/api/rulesets?region=referentiemodellen');
    expect((list.json.rulesets as { id: string }[]).map((r) => r.id).sort()).toEqual([
      'referentiemodellen/wmo/eindhoven-model',
      'referentiemodellen/wmo/venlo-model',
    ]);
    const version = await server.call('GET', `${VENLO}/versions/1`);
    expect(version.status).toBe(200);
    expect(version.json.document.referentie).toBe(true);
  });

  it('refuses a draft of a reference policy with 409 in Dutch, and stores nothing', async () => {
    const response = await server.call('POST', `${VENLO}/drafts`, { role: 'beleidsmedewerker', body: {} });
    expect(response.status).toBe(409);
    expect(response.json.code).toBe('REFERENTIE_ALLEEN_LEZEN');
    expect(response.json.detail).toMatch(/referentiebeleid om mee te vergelijken/);
    const audit = await server.call('GET', `/api/audit?target=referentiemodellen/wmo/venlo-model`);
    expect((audit.json.entries as { action: string }[]).some((e) => e.action === 'concept-aangemaakt')).toBe(false);
  });
});
