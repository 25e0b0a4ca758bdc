// POST /api/afrekening through the real server: a settlement, a scenario against a draft, and bad input as 400/422 naming file, row and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type LooseJson, type TestServer } from './harness';

const MH = 'maastricht-heuvelland/wmo/begeleiding';
const realisatie2023 = JSON.parse(readFileSync(join(ROOT, 'examples/realisatie-maastricht-heuvelland-2023.json'), 'utf8'));

/** A draft in which the providers bear 50 % of an overrun again from 2023. */
async function shareDraft(server: TestServer): Promise<string> {
  const base = `/api/rulesets/${MH}`;
  const created = await server.call('POST', `${base}/drafts`, { role: 'beleidsmedewerker', body: {} });
  const document = created.json.document;
  for (const perceel of Object.values(document.policy.percelen) as LooseJson[]) perceel.bekostiging.aanbiederAandeelPct[1].waarde = 50;
  const saved = await server.call('PUT', `${base}/drafts/${created.json.id}`, {
    role: 'beleidsmedewerker',
    body: { document },
    headers: { 'if-match': created.headers.get('etag') as string },
  });
  expect(saved.json.issues).toEqual([]);
  return created.json.id;
}

describe.each(DIALECTS)('POST /api/afrekening (%s)', (dialect) => {
  let server: TestServer;
  let draftId: string;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    draftId = await shareDraft(server);
  }, 60_000);
  afterAll(async () => server?.close());

  it('settles 2023 under the version in force (v2): the providers bear € 350.000 of the BGI overrun', async () => {
    const response = await server.call('POST', '/api/afrekening', { role: 'lezer', body: { ruleset: MH, realisatie: realisatie2023 } });
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    expect(response.json.afrekening).toMatchObject({ versie: 2, jaar: 2023, fictief: true });
    expect(response.json.afrekening.percelen[0]).toMatchObject({ perceel: 'bgi', aanbiedersDeel: '350000.00', gemeenteDeel: '150000.00' });
  });

  it('compares with a draft: per provider and municipality, the municipality bears € 100.000 more', async () => {
    const response = await server.call('POST', '/api/afrekening', {
      role: 'lezer',
      body: { ruleset: MH, realisatie: realisatie2023, vergelijkMet: { draftId } },
    });
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    const { vergelijking } = response.json;
    expect(vergelijking.variant).toEqual({ versie: 3, bronVersie: 'concept' });
    expect(vergelijking.regio.verschil).toBe('100000.00');
    expect(vergelijking.aanbieders.filter((a: LooseJson) => a.verschil !== '0.00').length).toBeGreaterThan(0);
    expect(vergelijking.gemeenten.map((g: LooseJson) => g.gemeente)).toEqual(['maastricht', 'meerssen', 'valkenburg-aan-de-geul']);
  });

  it('a draft settled against itself: "geen euro verschil"', async () => {
    const response = await server.call('POST', '/api/afrekening', {
      role: 'lezer',
      body: { ruleset: MH, realisatie: realisatie2023, draftId, vergelijkMet: { draftId } },
    });
    expect(response.json.vergelijking).toMatchObject({ geenVerschil: true });
    expect(response.json.vergelijking.samenvatting).toContain('Geen euro verschil');
  });

  it('CSV text with a bad amount: 422 naming the row and column', async () => {
    const csv =
      'ruleset;perceel;gemeente;aanbieder;omzet;clienten;trajecten_gestart;trajecten_beeindigd;plekmaanden;voorschotten\n' +
      `${MH};bgi;maastricht;bgi-01;12x;1;0;0;0;0\n`;
    const response = await server.call('POST', '/api/afrekening', { role: 'lezer', body: { ruleset: MH, realisatie: csv, bestand: 'mijn-2022.csv' } });
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({ code: 'REALISATIE_ONGELDIG', title: 'De realisatie is ongeldig' });
    expect(response.json.detail).toContain(
      'mijn-2022.csv:2:5: rij 2, kolom "omzet": "12x" is geen geldig bedrag (niet-negatief, hoogstens twee decimalen, zoals 1234.56)',
    );
  });

  it('an unknown perceel (422), no version in force (422), a malformed request (400)', async () => {
    const wrong = { ...realisatie2023, regels: [{ ...realisatie2023.regels[0], perceel: 'bgz' }] };
    const perceel = await server.call('POST', '/api/afrekening', { role: 'lezer', body: { ruleset: MH, realisatie: wrong } });
    expect(perceel.status).toBe(422);
    expect(perceel.json.issues[0]).toMatchObject({ path: '/regels/0/perceel', code: 'PERCEEL_ONBEKEND' });
    const old = await server.call('POST', '/api/afrekening', { role: 'lezer', body: { ruleset: MH, realisatie: { ...realisatie2023, jaar: 2019 } } });
    expect(old.status).toBe(422);
    expect(old.json.code).toBe('GEEN_VERSIE_VAN_KRACHT');
    const malformed = await server.call('POST', '/api/afrekening', { role: 'lezer', body: { ruleset: MH, realisatie: realisatie2023, vergelijkMet: {} } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.detail).toContain('/vergelijkMet');
  });
});
