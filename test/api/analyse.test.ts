// The policy analysis through the real server: GET for published versions and regions, POST for a draft or an
// unsaved document, and the publish gate (a new gap or contradiction refuses with 422 naming it; an inherited one and
// the rest — a decider against the funding form's allocation pattern among them — warn).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type LooseJson, type TestServer } from './harness';

const fixture = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/analysis', name), 'utf8'));
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';

describe.each(DIALECTS)('analysis API on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function draftWith(path: string, document: unknown): Promise<{ id: string; etag: string }> {
    const created = await server.call('POST', `${path}/drafts`, { role: 'beleidsmedewerker', body: {} });
    const saved = await server.call('PUT', `${path}/drafts/${created.json.id}`, {
      role: 'beleidsmedewerker',
      body: { document },
      headers: { 'if-match': created.headers.get('etag') as string },
    });
    expect(saved.status, saved.text).toBe(200);
    return { id: created.json.id, etag: saved.headers.get('etag') as string };
  }

  it('GET analyses a published rule set: the Horst aan de Maas allocation-pattern warning in Jeugd S3, with its witness', async () => {
    const response = await server.call('GET', '/api/analyse?ruleset=noord-limburg/jeugd/S3', { role: 'lezer' });
    expect(response.status).toBe(200);
    const [analysis] = response.json.analyses;
    const finding = analysis.findings.find((f: LooseJson) => f.code === 'BESLISSER_STRIJDIG_MET_BEKOSTIGING');
    expect(finding).toMatchObject({ gemeente: 'horst-aan-de-maas', perceel: 'lokaal', element: 'intensiteit', severity: 'waarschuwing' });
    expect(finding.witness).toMatchObject({ kind: 'casus', verified: true });
    expect(analysis.summary.nietBeslist).toBe(0);
    expect(response.json.drift[0].totals['horst-aan-de-maas'].toegang).toBe(2);
  });

  it('GET per region with drift; bad input is a 4xx naming the field', async () => {
    const region = await server.call('GET', '/api/analyse?region=noord-veluwe', { role: 'lezer' });
    expect(region.json.analyses.map((a: LooseJson) => a.rulesetId)).toEqual([
      'noord-veluwe/wmo/ambulante-begeleiding',
      'noord-veluwe/wmo/begeleiding-groep',
      'noord-veluwe/wmo/hbh',
    ]);
    const badDate = await server.call('GET', '/api/analyse?ruleset=noord-limburg/wmo/S1b&asOf=morgen', { role: 'lezer' });
    expect(badDate.status).toBe(400);
    expect(badDate.json).toMatchObject({ code: 'VERZOEK_ONGELDIG', issues: [{ path: '/asOf' }] });
    const unknown = await server.call('GET', '/api/analyse?ruleset=noord-limburg/wmo/S9', { role: 'lezer' });
    expect(unknown.status).toBe(404);
    const noDoc = await server.call('POST', '/api/analyse', { role: 'lezer', body: { ruleset: 'noord-limburg/wmo/S1b', document: [1] } });
    expect(noDoc.status).toBe(400);
    expect(noDoc.json.issues[0].path).toBe('/document');
    expect((await server.call('GET', '/api/analyse?ruleset=noord-limburg/wmo/S1b', { role: null })).status).toBe(401);
  });

  it('POST analyses an unsaved document as the next version: the fixture gap, with its pointer', async () => {
    const response = await server.call('POST', '/api/analyse', {
      role: 'lezer',
      body: { ruleset: 'noord-limburg/wmo/S1b', document: fixture('geen-beslisser.json') },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.json.concept).toEqual({ version: 2 });
    const gaps = response.json.analyses[0].findings.filter((f: LooseJson) => f.code === 'BESLISSER_ONTBREEKT');
    expect(gaps).toHaveLength(5);
    expect(gaps[0]).toMatchObject({
      version: 2,
      gemeente: 'venlo',
      perceel: 'regionaal',
      pointers: ['/overrides/venlo/policy/percelen/regionaal/toegang/hoe'],
    });
  });

  it('publish gate: a draft whose override puts duur in both toegang and overleg is refused with 422 naming it', async () => {
    const S4 = '/api/rulesets/noord-limburg/jeugd/S4';
    const draft = await draftWith(S4, fixture('dubbele-beslisser-duur.json'));
    const analysed = await server.call('POST', '/api/analyse', { role: 'lezer', body: { ruleset: 'noord-limburg/jeugd/S4', draftId: draft.id } });
    expect(analysed.json.analyses[0].findings.map((f: LooseJson) => f.code)).toContain('BESLISSER_DUBBEL');
    const refused = await server.call('POST', `${S4}/drafts/${draft.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Bergen: toegang stelt de duur vast.' },
      headers: { 'if-match': draft.etag },
    });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.json.code).toBe('PUBLICATIE_GEWEIGERD');
    // The policy checks of validation already name the double decider (HOE_ELEMENT_DUBBEL), before the analysis gate would (BESLISSER_DUBBEL).
    expect(refused.json.issues).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/^\/overrides\/bergen\/policy\/percelen\/lokaal\/toegang\/hoeElementen/),
        code: expect.stringMatching(/^(HOE_ELEMENT_DUBBEL|BESLISSER_DUBBEL)$/),
      }),
    ]);
    expect(refused.json.detail).toMatch(/duur/);
  });

  it('publish gate: traject funding with the access team fixing intensiteit publishes with a warning naming it', async () => {
    const draft = await draftWith(S1B, fixture('traject-toegang-intensiteit.json'));
    const published = await server.call('POST', `${S1B}/drafts/${draft.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Gennep: toegang stelt intensiteit vast.' },
      headers: { 'if-match': draft.etag },
    });
    expect(published.status, published.text).toBe(201);
    const warning = published.json.analyse.waarschuwingen.find((w: LooseJson) => w.code === 'BESLISSER_STRIJDIG_MET_BEKOSTIGING');
    expect(warning).toMatchObject({
      severity: 'waarschuwing',
      message: expect.stringMatching(/^Gennep, perceel regionaal: .*'intensiteit'/),
      pointers: ['/overrides/gennep/policy/percelen/regionaal/toegang/hoeElementenToegang', '/policy/percelen/regionaal/bekostiging/vorm'],
    });
  });

  it('publish gate: the rest warns (a rule whose own conditions contradict publishes with a warning)', async () => {
    const draft = await draftWith(S1B, fixture('tegenstrijdige-voorwaarden.json'));
    const published = await server.call('POST', `${S1B}/drafts/${draft.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Regel voor jong en oud.' },
      headers: { 'if-match': draft.etag },
    });
    expect(published.status, published.text).toBe(201);
    const codes = published.json.analyse.waarschuwingen.map((w: LooseJson) => w.code);
    expect(codes).toContain('REGEL_KAN_NIET_VUREN');
  });

  it('publish gate: republishing a seeded policy that goes against the allocation pattern works and warns, regrouped per municipality', async () => {
    const ARR = '/api/rulesets/zuid-limburg/jeugd/arrangementen';
    // The seeded version, with Heerlen restating the regional choice in an override of its own: its finding then points
    // into the override and is reported apart from the others, grouped differently than in the version in force.
    const seeded = JSON.parse(readFileSync(join(ROOT, 'rules/zuid-limburg/jeugd/arrangementen/v1.json'), 'utf8'));
    seeded.overrides = {
      heerlen: {
        description: 'Heerlen legt de regionale keuze voor het lichte arrangement in een eigen afwijking vast (fictief).',
        policy: { percelen: { licht: { toegang: { hoeElementenToegang: ['intensiteit', 'duur'] } } } },
      },
    };
    const draft = await draftWith(ARR, seeded);
    const published = await server.call('POST', `${ARR}/drafts/${draft.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Opnieuw vastgesteld met een toelichting van Heerlen.' },
      headers: { 'if-match': draft.etag },
    });
    expect(published.status, published.text).toBe(201);
    const inherited = published.json.analyse.waarschuwingen.filter((w: LooseJson) => w.code === 'BESLISSER_STRIJDIG_MET_BEKOSTIGING');
    expect(inherited.map((w: LooseJson) => w.pointers[0]).sort()).toEqual([
      '/overrides/heerlen/policy/percelen/licht/toegang/hoeElementenToegang',
      '/policy/percelen/hoog/toegang/hoeElementenToegang',
      '/policy/percelen/licht/toegang/hoeElementenToegang',
      '/policy/percelen/midden/toegang/hoeElementenToegang',
      '/policy/percelen/regie/toegang/hoeElementenToegang',
    ]);
    expect(inherited.every((w: LooseJson) => w.severity === 'waarschuwing')).toBe(true);
  });
});
