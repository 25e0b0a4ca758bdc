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
    // Known in advance: the intensity findings disappear (and the specific-allocation one, which only applies while the provider sets the HOE);
    // cases without an intensity now miss one the access team must set.
    expect(report.changes.map((c: LooseJson) => [c.kind, c.code, c.ruleId])).toEqual([
      ['verschijnt', 'HOE_ONTBREEKT', 'toegang/hoe-ontbreekt/intensiteit'],
      ['verdwijnt', 'HOE_BIJ_AANBIEDER', 'toegang/hoe-bij-aanbieder/intensiteit'],
      ['verdwijnt', 'HOE_BIJ_AANBIEDER', 'toegang/hoe-specifieke-toewijzing'],
    ]);
    const intensity = report.changes[1];
    expect(intensity.examples.map((id: string) => report.suiteCases[id].name)).toEqual([
      'Toegang stelt de intensiteit vast → HOE_BIJ_AANBIEDER',
      'Lokaal perceel: intensiteit door toegang en onbepaalde tijd → twee fouten',
    ]);
    const example = report.examples[intensity.examples[0]];
    expect(example.from.findings.map((f: LooseJson) => f.ruleId)).toContain('toegang/hoe-bij-aanbieder/intensiteit');
    expect(example.to.findings.map((f: LooseJson) => f.ruleId)).not.toContain('toegang/hoe-bij-aanbieder/intensiteit');
    expect(report.summary).toMatch(/casussen veranderen van uitkomst/);
  });

  it('posted cases: exactly the cases whose intensity the access team set lose HOE_BIJ_AANBIEDER, per municipality', async () => {
    const base = {
      id: 'X',
      gemeente: 'venlo',
      domein: 'wmo',
      segment: 'S1b',
      perceel: 'regionaal',
      datum: '2023-03-01',
      toewijzing: 'aspecifiek',
      besluit: {
        wat: { doelen: ['Schoon en leefbaar huis'], resultaatgebieden: ['huishouden'], vastgesteldDoor: 'toegang' },
        hoe: { intensiteit: { waarde: '2 uur per week', vastgesteldDoor: 'aanbieder' } },
        indicatie: { van: '2023-03-01', tot: '2023-09-01' },
      },
      bedragen: { kostenPerJaar: '1000.00' },
    };
    const byAccess = (id: string, gemeente: string) => ({
      ...base,
      id,
      gemeente,
      besluit: { ...base.besluit, hoe: { intensiteit: { waarde: '3 uur per week', vastgesteldDoor: 'toegang' } } },
    });
    const cases = [base, byAccess('A1', 'venlo'), byAccess('A2', 'venray'), { ...base, id: 'B1', gemeente: 'venray' }];
    const response = await server.call('POST', '/api/impact', { role: 'lezer', body: { ruleset: RULESET, from: 1, draftId, cases } });
    expect(response.status, response.text.slice(0, 400)).toBe(200);
    expect(response.json).toMatchObject({ bron: 'casussen', casesRead: 4, casesEvaluated: 4, casesChanged: 2 });
    expect(response.json.changes).toEqual([
      expect.objectContaining({ kind: 'verdwijnt', code: 'HOE_BIJ_AANBIEDER', cases: 2, bedrag: '2000.00', examples: ['A1', 'A2'] }),
    ]);
    expect(response.json.byGemeente.venlo).toEqual({ cases: 2, changed: 1, verschenen: 0, verdwenen: 1, bedragGewijzigd: '1000.00' });
    const venray = await server.call('POST', '/api/impact', { role: 'lezer', body: { ruleset: RULESET, from: 1, draftId, cases, gemeente: 'venray' } });
    expect(venray.json).toMatchObject({ gemeente: 'venray', casesEvaluated: 2, casesChanged: 1 });
  });

  it('a draft that changes no outcome says "geen wijzigingen"', async () => {
    const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
    const response = await server.call('POST', '/api/impact', {
      role: 'lezer',
      body: { ruleset: RULESET, from: 1, draftId: created.json.id, population: { year: 2023, seed: 3, count: 2000 } },
    });
    expect(response.status, response.text.slice(0, 400)).toBe(200);
    expect(response.json.casesChanged).toBe(0);
    expect(response.json.casesEvaluated).toBeGreaterThan(0);
    expect(response.json.changes).toEqual([]);
    expect(response.json.summary).toMatch(/^geen wijzigingen: \d+ casussen, dezelfde uitkomsten onder versie 1 en 2$/);
    const same = await server.call('POST', '/api/impact', { role: 'lezer', body: { ruleset: RULESET, from: 1, to: 1, suites: true } });
    expect(same.json).toMatchObject({ concept: null, toVersion: 1, casesChanged: 0 });
    expect(same.json.summary).toMatch(/^geen wijzigingen/);
  });

  it('refuses bad requests naming the field: 400 body, 422 unknown version or municipality, 404 unknown rule set or draft', async () => {
    const call = (body: unknown) => server.call('POST', '/api/impact', { role: 'lezer', body });
    const cases = [{ id: 'x' }];
    const expectField = async (body: unknown, status: number, path: string) => {
      const response = await call(body);
      expect(response.status, response.text.slice(0, 300)).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(response.json.issues.map((i: LooseJson) => i.path)).toContain(path);
      expect(response.json.detail).toMatch(new RegExp(path.split('/').filter(Boolean).at(-1) as string));
    };
    await expectField({ ruleset: RULESET, from: 1, to: 1, suites: true, extra: 1 }, 400, '/extra');
    await expectField({ ruleset: RULESET, to: 1, suites: true }, 400, '/from');
    await expectField({ ruleset: RULESET, from: 'een', to: 1, suites: true }, 400, '/from');
    await expectField({ ruleset: RULESET, from: 1, suites: true }, 400, '/to');
    await expectField({ ruleset: RULESET, from: 1, to: 1, draftId, suites: true }, 400, '/draftId');
    await expectField({ ruleset: RULESET, from: 1, to: 1 }, 400, '/cases');
    await expectField({ ruleset: RULESET, from: 1, to: 1, suites: true, cases }, 400, '/suites');
    await expectField({ ruleset: RULESET, from: 1, to: 1, population: { year: 2022, seed: 1, count: 50_001 } }, 400, '/population/count');
    await expectField({ ruleset: RULESET, from: 1, to: 1, cases }, 400, '/cases/0/gemeente');
    await expectField({ ruleset: RULESET, from: 1, to: 7, suites: true }, 422, '/to');
    await expectField({ ruleset: RULESET, from: 9, to: 1, suites: true }, 422, '/from');
    await expectField({ ruleset: RULESET, from: 1, to: 1, suites: true, gemeente: 'utrecht' }, 422, '/gemeente');
    expect((await call({ ruleset: 'noord-limburg/wmo/S9', from: 1, to: 1, suites: true })).status).toBe(404);
    expect((await call({ ruleset: RULESET, from: 1, draftId: 'bestaat-niet', suites: true })).status).toBe(404);
    const broken = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
    broken.json.document.policy.percelen.regionaal.toegang.hoe = 'wie-weet';
    // A draft that does not match the schema is never stored, so impact never meets one.
    const refused = await server.call('PUT', `${S1B}/drafts/${broken.json.id}`, {
      role: 'beleidsmedewerker',
      body: { document: broken.json.document },
      headers: { 'if-match': broken.headers.get('etag') as string },
    });
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ code: 'CONCEPT_ONGELDIG' });
    expect((await call({ ruleset: RULESET, from: 1, draftId: broken.json.id, suites: true })).status).toBe(200);
    const invalid = refused;
    expect(invalid.json.detail).toMatch(/\/policy\/percelen\/regionaal\/toegang\/hoe/);
    expect((await server.call('POST', '/api/impact', { role: null, body: { ruleset: RULESET, from: 1, to: 1, suites: true } })).status).toBe(401);
  });

  it('over a generated population (worker thread) the server keeps answering', async () => {
    const pending = server.call('POST', '/api/impact', {
      role: 'lezer',
      body: { ruleset: RULESET, from: 1, draftId, population: { year: 2022, seed: 7, count: 20_000 } },
    });
    let healthChecks = 0;
    let done = false;
    void pending.then(() => (done = true));
    while (!done) {
      expect((await server.call('GET', '/api/health', { role: null })).status).toBe(200);
      if (!done) healthChecks++;
      await new Promise((r) => setTimeout(r, 20));
    }
    const response = await pending;
    expect(response.status, response.text.slice(0, 400)).toBe(200);
    expect(response.json.casesRead).toBe(20_000);
    expect(response.json.bron).toBe('populatie');
    expect(response.json.byCode.HOE_BIJ_AANBIEDER.verdwenen).toBeGreaterThan(0);
    // Inline, generating and evaluating 20,000 cases blocks the loop: at most the one health check already waiting would be
    // answered before the report. In the worker the loop stays free and several are answered while it runs. Latencies are
    // benchmark figures (npm run bench:impact), not assertions.
    expect(healthChecks).toBeGreaterThanOrEqual(3);
  });

  it('bounds waiting population analyses: beyond four, 503 with a Dutch problem', async () => {
    const body = { ruleset: RULESET, from: 1, draftId, population: { year: 2022, seed: 11, count: 15_000 } };
    const responses = await Promise.all(Array.from({ length: 6 }, () => server.call('POST', '/api/impact', { role: 'lezer', body })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(4);
    expect(statuses).toContain(503);
    const busy = responses.find((r) => r.status === 503);
    expect(busy?.json).toMatchObject({ code: 'TE_DRUK', title: 'Te veel impactanalyses tegelijk' });
    expect(responses.filter((r) => r.status === 200).every((r) => r.json.casesRead === 15_000)).toBe(true);
  });
});
