// The publish workflow through the real server: drafts, ETags, publish gate, evaluation by as-of date, test runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, ROOT, startTestServer, type TestServer } from './harness';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';

describe.each(DIALECTS)('workflow on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves health without a token and the seeded rule sets with one', async () => {
    expect((await server.call('GET', '/api/health', { role: null })).json).toMatchObject({ status: 'ok', store: dialect });
    const list = await server.call('GET', '/api/rulesets?region=noord-limburg&domain=wmo', { role: 'lezer' });
    expect(list.status).toBe(200);
    expect(list.json.rulesets.map((r: { id: string }) => r.id)).toContain('noord-limburg/wmo/S1b');
    const one = await server.call('GET', S1B, { role: 'lezer' });
    expect(one.json.versions[0]).toMatchObject({ version: 1, effectiveFrom: '2022-01-01' });
  });

  it('create draft → edit → publish → evaluation as of the new effectiveFrom uses it; the day before uses the old', async () => {
    const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: {} });
    expect(created.status).toBe(201);
    const etag = created.headers.get('etag') as string;
    const document = created.json.document;
    // A change that keeps the suite green: the plafond warning threshold follows the model contract (70 %).
    document.policy.percelen.regionaal.bekostiging.signaleringPct = 70;
    document.title = 'S1b met signalering bij 70 %';
    const saved = await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
      role: 'beleidsmedewerker',
      body: { document },
      headers: { 'if-match': etag },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.issues).toEqual([]);
    const published = await server.call('POST', `${S1B}/drafts/${created.json.id}/publish`, {
      role: 'vaststeller',
      body: { effectiveFrom: '2030-01-01', changeNote: 'Signalering plafond bij 70 % (modelcontract).' },
      headers: { 'if-match': saved.headers.get('etag') as string },
    });
    expect(published.status, published.text).toBe(201);
    expect(published.json).toMatchObject({ version: 2, effectiveFrom: '2030-01-01' });
    const after = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { case: example, asOf: '2030-01-01' } });
    expect(after.json).toMatchObject({ version: 2, title: 'S1b met signalering bij 70 %' });
    const before = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { case: example, asOf: '2029-12-31' } });
    expect(before.json).toMatchObject({ version: 1, title: expect.stringContaining('kortdurende') });
    expect(before.json.contentHash).not.toBe(after.json.contentHash);
    const diff = await server.call('GET', `${S1B}/versions/1/diff/2`, { role: 'lezer' });
    expect(diff.json.changes).toContainEqual({ pointer: '/policy/percelen/regionaal/bekostiging/signaleringPct', kind: 'gewijzigd', before: 90, after: 70 });
    const audit = await server.call('GET', `/api/audit?target=noord-limburg/wmo/S1b`, { role: 'lezer' });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(['gepubliceerd', 'concept-opgeslagen', 'concept-aangemaakt']);
    expect(audit.json.entries[0]).toMatchObject({ actor: 'test vaststeller (vaststeller)', target: 'noord-limburg/wmo/S1b/versions/2' });
  });

  it('a stale If-Match gets 412 and loses nothing; a missing one 428', async () => {
    const created = await server.call('POST', `${S1B}/drafts`, { role: 'beleidsmedewerker', body: { fromVersion: 1 } });
    const path = `${S1B}/drafts/${created.json.id}`;
    const first = created.json.document;
    const etag = created.headers.get('etag') as string;
    const mine = await server.call('PUT', path, { body: { document: { ...first, title: 'Mijn titel' } }, headers: { 'if-match': etag } });
    expect(mine.status).toBe(200);
    const theirs = await server.call('PUT', path, { body: { document: { ...first, title: 'Hun titel' } }, headers: { 'if-match': etag } });
    expect(theirs.status).toBe(412);
    expect(theirs.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(theirs.json).toMatchObject({ code: 'VERSIE_GEWIJZIGD', currentEtag: mine.headers.get('etag') });
    expect(theirs.json.currentDocument.title).toBe('Mijn titel');
    expect((await server.call('GET', path)).json.document.title).toBe('Mijn titel');
    expect((await server.call('PUT', path, { body: { document: first } })).status).toBe(428);
  });

  it('refuses changes to a published version', async () => {
    const put = await server.call('PUT', `${S1B}/versions/1`, { body: { document: {} } });
    expect(put.status).toBe(405);
    expect(put.json.code).toBe('ALLEEN_LEZEN');
    expect((await server.call('DELETE', `${S1B}/versions/1`)).status).toBe(405);
  });

  it('refuses a publish whose regression suite fails, listing the failing cases (422)', async () => {
    const created = await server.call('POST', `${S1B}/drafts`, { body: { fromVersion: 1 } });
    const document = created.json.document;
    document.policy.percelen.regionaal.toegang.hoe = 'toegang'; // every HOE element by the access team: the suite's expectations break
    const saved = await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
      body: { document },
      headers: { 'if-match': created.headers.get('etag') as string },
    });
    const refused = await server.call('POST', `${S1B}/drafts/${created.json.id}/publish`, {
      body: { effectiveFrom: '2030-06-01', changeNote: 'Alles door de toegang.' },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('PUBLICATIE_GEWEIGERD');
    expect(refused.json.failingCases.length).toBeGreaterThan(0);
    expect(refused.json.failingCases[0]).toHaveProperty('expected');
    expect(refused.json.failingCases.some((c: { unexpected: string[] }) => c.unexpected.includes('HOE_ONTBREEKT'))).toBe(true);
    expect((await server.call('GET', `${S1B}/drafts/${created.json.id}`)).json.etag).toBe(saved.json.etag);
  });

  it('refuses to store a draft that does not match the rule-set schema, naming every field (422), and stores nothing', async () => {
    const created = await server.call('POST', `${S1B}/drafts`, { body: {} });
    const document = created.json.document;
    document.policy.percelen.regionaal.bekostiging.budget = 'budgetplafon';
    const saved = await server.call('PUT', `${S1B}/drafts/${created.json.id}`, {
      body: { document },
      headers: { 'if-match': created.headers.get('etag') as string },
    });
    expect(saved.status).toBe(422);
    expect(saved.json).toMatchObject({ code: 'CONCEPT_ONGELDIG' });
    expect(saved.json.issues[0]).toMatchObject({ path: '/policy/percelen/regionaal/bekostiging/budget', code: 'WAARDE_ONGELDIG' });
    const read = await server.call('GET', `${S1B}/drafts/${created.json.id}`);
    expect(read.json.revision).toBe(1);
    expect(read.json.document.policy.percelen.regionaal.bekostiging.budget).not.toBe('budgetplafon');
  });

  it('evaluates a batch, reporting bad cases without failing the others', async () => {
    const result = await server.call('POST', '/api/evaluate', {
      role: 'lezer',
      body: { cases: [example, { ...example, gemeente: 'utrecht' }], asOf: '2023-01-01' },
    });
    expect(result.status).toBe(200);
    expect(result.json.decisions[0].decision.findings[0].code).toBe('HOE_BIJ_AANBIEDER');
    expect(result.json.decisions[1].error).toMatchObject({ code: 'GEMEENTE_ONBEKEND', status: 422 });
  });

  it('names the field in a bad evaluation request', async () => {
    const bad = await server.call('POST', '/api/evaluate', {
      role: 'lezer',
      body: { case: { ...example, besluit: { hoe: { duur: { waarde: 1, vastgesteldDoor: 'wijkteam' } } } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.issues[0].path).toBe('/besluit/hoe/duur/vastgesteldDoor');
    expect(bad.json.title).toBe('De casus is ongeldig');
    const early = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { case: example, asOf: '2020-01-01' } });
    expect(early.status).toBe(422);
    expect(early.json.code).toBe('GEEN_VERSIE_VAN_KRACHT');
  });

  it('runs a regression suite with progress events to 100 %', async () => {
    const started = await server.call('POST', '/api/test-runs', { role: 'tester', body: { ruleset: 'noord-limburg/jeugd/S3', version: 1 } });
    expect(started.status).toBe(202);
    const events = await fetch(`${server.url}/api/test-runs/${started.json.id}/events`, { headers: { authorization: `Bearer ${server.tokens.tester}` } });
    const text = await events.text();
    const last = text.trim().split('\n\n').at(-1) as string;
    expect(last).toMatch(/^event: klaar/);
    const progress = JSON.parse(last.split('data: ')[1]);
    expect(progress.done).toBe(progress.total);
    expect(progress.total).toBeGreaterThan(0);
    const result = await server.call('GET', `/api/test-runs/${started.json.id}`, { role: 'tester' });
    expect(result.json).toMatchObject({ status: 'klaar', failed: 0 });
    expect(result.json.results).toHaveLength(progress.total);
  });

  it('issues tokens for roles (beheerder only) and they work', async () => {
    const made = await server.call('POST', '/api/tokens', { body: { role: 'lezer', name: 'consulent Venlo' } });
    expect(made.status).toBe(201);
    const me = await fetch(`${server.url}/api/regions`, { headers: { authorization: `Bearer ${made.json.token}` } });
    expect(me.status).toBe(200);
    const stored = await server.store.db.selectFrom('tokens').select('token_hash').execute();
    expect(stored.map((t) => t.token_hash)).not.toContain(made.json.token);
  });

  it('calculates a funding model exactly as the CLI does', async () => {
    const result = await server.call('POST', '/api/calc/traject-jaargrens', {
      role: 'lezer',
      body: { trajectprijs: '6000', normDuurMaanden: 12, startdatum: '2022-10-01' },
    });
    expect(result.status).toBe(200);
    expect(result.json.perJaar).toEqual({ '2022': '1500.00', '2023': '4500.00' });
    const bad = await server.call('POST', '/api/calc/traject-jaargrens', {
      role: 'lezer',
      body: { trajectprijs: 'zesduizend', normDuurMaanden: 12, startdatum: '2022-10-01' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.issues[0].path).toBe('/trajectprijs');
    expect((await server.call('POST', '/api/calc/bestaat-niet', { role: 'lezer', body: {} })).status).toBe(404);
    expect((await server.call('GET', '/api/calc', { role: 'lezer' })).json.models.length).toBeGreaterThanOrEqual(15);
  });

  it('evaluates provider data and serves the segment matrix', async () => {
    const providers = JSON.parse(readFileSync(join(ROOT, 'examples/providers-noord-limburg-wmo-s1b.json'), 'utf8'));
    const decision = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { providers } });
    expect(decision.status, decision.text.slice(0, 300)).toBe(200);
    expect(decision.json.rulesetId).toBe('noord-limburg/wmo/S1b');
    const bad = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { providers: { ...providers, aanbieders: 'geen lijst' } } });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 'AANBIEDERS_ONGELDIG', title: 'De aanbiedersgegevens zijn ongeldig' });
    expect(bad.json.issues[0].path).toBe('/aanbieders');
    const matrix = await server.call('GET', '/api/matrix?region=noord-limburg&asOf=2023-01-01', { role: 'lezer' });
    expect(matrix.status).toBe(200);
    expect(JSON.stringify(matrix.json)).toContain('S1b');
    expect((await server.call('GET', '/api/matrix?asOf=gisteren', { role: 'lezer' })).status).toBe(400);
  });
});
