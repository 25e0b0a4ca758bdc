// POST /api/impact through the real server: a change with a known effect, a change with none, a generated population off the event loop, bad bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type LooseJson, type TestServer } from './harness';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const RULESET = 'noord-limburg/wmo/S1b';

/** A draft of S1b in which the access team fixes the intensity (every perceel): the HOE_BIJ_AANBIEDER findings on intensity must disappear. */
async function intensityByAccessTeam(server: TestServer): Promise<string> {
  const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
  const document = created.json.document;
  for (const perceel of Object.values(document.policy.percelen) as LooseJson[]) {
    perceel.toegang.hoe = 'deels-toegang';
    perceel.toegang.hoeElementenToegang = ['intensiteit'];
  }
  const saved = await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
    role: 'beleidsmedewerker',
    body: { document },
    headers: { 'if-match': created.headers.get('etag') as string },
  });
  expect(saved.json.issues).toEqual([]);
  return created.json.id;
}

describe.each(DIALECTS)('POST /api/impact (%s)', (dialect) => {
  let server: TestServer;
  let draftId: string;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    draftId = await intensityByAccessTeam(server);
  }, 60_000);
  afterAll(async () => server?.close());

  it('over the suite cases: exactly the intensity HOE_BIJ_AANBIEDER findings disappear', async () => {
    const response = await server.call('POST', '/api/impact', { role: 'lezer', body: { ruleset: RULESET, from: 1, draftId, suites: true } });
    expect(response.status, response.text.slice(0, 400)).toBe(200);
    const report = response.json;
    expect(report).toMatchObject({ rulesetId: RULESET, fromVersion: 1, toVersion: 2, concept: draftId, bron: 'suites' });
    console.log(JSON.stringify(report.changes.map((c: LooseJson) => [c.kind, c.code, c.ruleId, c.examples.map((id: string) => report.suiteCases[id].name)])));
    expect(report.summary).toMatch(/casussen veranderen van uitkomst/);
  });

  it('over a generated population (worker thread) the server keeps answering', async () => {
    const started = Date.now();
    const pending = server.call('POST', '/api/impact', {
      role: 'lezer',
      body: { ruleset: RULESET, from: 1, draftId, population: { year: 2022, seed: 7, count: 20_000 } },
    });
    let healthChecks = 0;
    let slowest = 0;
    let done = false;
    void pending.then(() => (done = true));
    while (!done) {
      const t = Date.now();
      await server.call('GET', '/api/health', { role: null });
      slowest = Math.max(slowest, Date.now() - t);
      healthChecks++;
      await new Promise((r) => setTimeout(r, 20));
    }
    const response = await pending;
    expect(response.status, response.text.slice(0, 400)).toBe(200);
    console.log(`impact population 20,000: ${Date.now() - started} ms, ${healthChecks} health checks, slowest ${slowest} ms`);
    expect(response.json.casesRead).toBe(20_000);
    expect(response.json.bron).toBe('populatie');
    expect(response.json.byCode.HOE_BIJ_AANBIEDER.verdwenen).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(250);
  });
});
