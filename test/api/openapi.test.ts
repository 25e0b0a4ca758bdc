// The OpenAPI document matches the behaviour: every response below is checked against it (status declared, body valid).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startTestServer, type TestServer } from './harness';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
const providers = JSON.parse(readFileSync(join(ROOT, 'examples/providers-noord-limburg-wmo-s1b.json'), 'utf8'));
const outcomes = JSON.parse(readFileSync(join(ROOT, 'examples/resultaten-zuid-limburg-jeugd-fictief.json'), 'utf8'));
const S3 = '/api/rulesets/noord-limburg/jeugd/S3';
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const review = (index: number) => `${S1B}/suites/${encodeURIComponent('noord-limburg/wmo/S1b#wmo-S1b')}/cases/${index}/beoordeling`;

describe('OpenAPI 3.1 document', () => {
  let server: TestServer;
  let document: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  let ajv: Ajv2020;
  const checked: string[] = [];

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    document = (await server.call('GET', '/api/openapi.json', { role: 'lezer' })).json;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, $id: 'https://sturing.local/openapi.json' });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A draft of S1b in which the access team fixes the intensity: it changes suite case 1. */
  async function intensityDraft(): Promise<string> {
    const created = await server.call('POST', `${S1B}/drafts`, { body: {} });
    const document = created.json.document;
    document.policy.percelen.regionaal.toegang.hoe = 'deels-toegang';
    document.policy.percelen.regionaal.toegang.hoeElementenToegang = ['intensiteit'];
    await server.call('PUT', `${S1B}/drafts/${created.json.id}`, { body: { document }, headers: { 'if-match': created.headers.get('etag') as string } });
    return created.json.id;
  }

  function templateOf(path: string): string | undefined {
    const bare = path.split('?')[0];
    return Object.keys(document.paths).find((template) => new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$').test(bare));
  }

  async function check(method: string, path: string, options: Parameters<TestServer['call']>[2] = {}): Promise<number> {
    const response = await server.call(method, path, options);
    const template = templateOf(path);
    expect(template, `${method} ${path} is not in the document`).toBeDefined();
    const operation = document.paths[template as string][method.toLowerCase()];
    expect(operation, `${method} ${template} is not in the document`).toBeDefined();
    const declared = operation.responses[String(response.status)];
    expect(declared, `${method} ${template} answered ${response.status}, not declared`).toBeDefined();
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0];
    if (declared.content) {
      expect(Object.keys(declared.content)).toContain(contentType);
      if (contentType.includes('json')) {
        const pointer = ['paths', template, method.toLowerCase(), 'responses', String(response.status), 'content', contentType, 'schema']
          .map((t) => String(t).replace(/~/g, '~0').replace(/\//g, '~1'))
          .join('/');
        const validate = ajv.getSchema(`https://sturing.local/openapi.json#/${pointer}`);
        expect(validate, pointer).toBeDefined();
        const valid = validate?.(response.json);
        expect(valid, `${method} ${path} → ${response.status}: ${JSON.stringify(validate?.errors?.slice(0, 3))}`).toBe(true);
      }
    }
    checked.push(`${method} ${template} ${response.status}`);
    return response.status;
  }

  it('is OpenAPI 3.1 with every route the server has', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).length).toBeGreaterThanOrEqual(17);
  });

  it('matches successful responses', async () => {
    expect(await check('GET', '/api/health', { role: null })).toBe(200);
    expect(await check('GET', '/api/regions')).toBe(200);
    expect(await check('GET', '/api/me')).toBe(200);
    expect(await check('GET', '/api/rulesets?region=noord-limburg')).toBe(200);
    expect(await check('GET', S3)).toBe(200);
    expect(await check('GET', `${S3}/versions/1`)).toBe(200);
    expect(await check('GET', `${S3}/versions/1/diff/1`)).toBe(200);
    expect(await check('GET', `${S3}/suites`)).toBe(200);
    const created = await server.call('POST', `${S3}/drafts`, { body: {} });
    expect(await check('POST', `${S3}/drafts`, { body: { fromVersion: 1 } })).toBe(201);
    const draft = `${S3}/drafts/${created.json.id}`;
    expect(await check('GET', draft)).toBe(200);
    expect(await check('PUT', draft, { body: { document: created.json.document }, headers: { 'if-match': created.headers.get('etag') as string } })).toBe(200);
    expect(await check('POST', `${draft}/publish`, { body: { effectiveFrom: '2027-01-01', changeNote: 'Ongewijzigd opnieuw.' } })).toBe(201);
    const other = await server.call('POST', `${S3}/drafts`, { body: {} });
    expect(await check('DELETE', `${S3}/drafts/${other.json.id}`)).toBe(204);
    expect(await check('POST', '/api/evaluate', { body: { case: example } })).toBe(200);
    expect(await check('POST', '/api/evaluate', { body: { cases: [example, { ...example, gemeente: 'utrecht' }] } })).toBe(200);
    expect(await check('POST', '/api/evaluate', { body: { providers } })).toBe(200);
    expect(await check('POST', '/api/evaluate', { body: { case: example, uitleg: false } })).toBe(200);
    expect(await check('GET', '/api/calc')).toBe(200);
    const realisatie = JSON.parse(readFileSync(join(ROOT, 'examples/realisatie-maastricht-heuvelland-2022.json'), 'utf8'));
    expect(
      await check('POST', '/api/afrekening', { body: { ruleset: 'maastricht-heuvelland/wmo/begeleiding', realisatie, vergelijkMet: { versie: 1 } } }),
    ).toBe(200);
    expect(
      await check('POST', '/api/afrekening', { body: { ruleset: 'maastricht-heuvelland/wmo/begeleiding', realisatie: { ...realisatie, jaar: 2019 } } }),
    ).toBe(422);
    expect(await check('POST', '/api/calc/shared-savings', { body: { budget: '1000', realisatie: '800', aandeelPct: 50 } })).toBe(200);
    const bericht = readFileSync(join(ROOT, 'test/fixtures/berichten/venlo-301-wmo-s1b.xml'), 'utf8');
    expect(await check('POST', '/api/berichten', { body: { bestanden: [{ naam: 'venlo.xml', inhoud: bericht }] } })).toBe(200);
    const run = await server.call('POST', '/api/test-runs', { body: { ruleset: 'noord-limburg/jeugd/S3' } });
    expect(await check('POST', '/api/test-runs', { body: { ruleset: 'noord-limburg/jeugd/S3', draftId: other.json.id } })).toBe(404);
    expect(await check('GET', `/api/test-runs/${run.json.id}`)).toBe(200);
    expect(await check('GET', '/api/matrix?region=noord-limburg&asOf=2023-01-01')).toBe(200);
    expect(await check('POST', '/api/resultaten', { body: { gegevens: outcomes, asOf: '2018-12-31' } })).toBe(200);
    expect(await check('GET', '/api/analyse?ruleset=noord-limburg/wmo/S1b')).toBe(200);
    expect(await check('POST', '/api/analyse', { body: { ruleset: 'noord-limburg/wmo/S1b', document: { policy: { percelen: {} }, rules: [] } } })).toBe(200);
    expect(await check('GET', '/api/exports/matrix/xlsx?region=noord-limburg&asOf=2023-01-01')).toBe(200);
    expect(await check('GET', `${S3}/pdf?asOf=2023-01-01`.replace('/api/rulesets/', '/api/exports/rulesets/'))).toBe(200);
    expect(await check('GET', '/api/audit?target=noord-limburg/jeugd/S3')).toBe(200);
    const token = await server.call('POST', '/api/tokens', { body: { role: 'tester', name: 'openapi-intrekken' } });
    expect(await check('POST', '/api/tokens', { body: { role: 'tester', name: 'openapi' } })).toBe(201);
    expect(await check('GET', '/api/tokens')).toBe(200);
    expect(await check('DELETE', `/api/tokens/${token.json.id}`)).toBe(204);
    expect(await check('DELETE', `/api/tokens/${token.json.id}`)).toBe(409);
    expect(await check('GET', '/api/openapi.json')).toBe(200);
    expect(await check('POST', '/api/impact', { body: { ruleset: 'noord-limburg/jeugd/S3', from: 1, to: 1, suites: true } })).toBe(200);
    const s1bDraft = await intensityDraft();
    expect(await check('POST', '/api/impact', { body: { ruleset: 'noord-limburg/wmo/S1b', from: 1, draftId: s1bDraft, suites: true } })).toBe(200);
    expect(await check('GET', `${S1B}/drafts/${s1bDraft}/suite-changes`)).toBe(200);
    expect(await check('POST', review(1), { body: { oordeel: 'regressie', toelichting: 'OpenAPI-controle.', draftId: s1bDraft } })).toBe(201);
    const batch = `${S1B}/drafts/${s1bDraft}/beoordelingen`;
    expect(
      await check('POST', batch, {
        body: { oordeel: 'beoogd', toelichting: 'OpenAPI-controle.', gevallen: [{ suiteId: 'noord-limburg/wmo/S1b#wmo-S1b', index: 1 }] },
      }),
    ).toBe(201);
    const judged = await server.call('POST', batch, {
      body: { oordeel: 'beoogd', toelichting: 'OpenAPI-controle.', gevallen: [{ suiteId: 'noord-limburg/wmo/S1b#wmo-S1b', index: 1 }] },
    });
    expect(await check('DELETE', `${batch}/${judged.json.beoordelingen[0].id}`)).toBe(200);
    expect(await check('DELETE', `${batch}/${judged.json.beoordelingen[0].id}`)).toBe(409);
    expect(
      await check('POST', batch, {
        body: { oordeel: 'beoogd', toelichting: 'OpenAPI-controle.', gevallen: [{ suiteId: 'noord-limburg/wmo/S1b#wmo-S1b', index: 2 }] },
      }),
    ).toBe(422);
  });

  it('matches error responses', async () => {
    expect(await check('GET', '/api/regions', { role: null })).toBe(401);
    expect(await check('POST', '/api/tokens', { role: 'lezer', body: { role: 'lezer', name: 'x' } })).toBe(403);
    expect(await check('GET', '/api/rulesets/x/wmo/S9')).toBe(404);
    expect(await check('GET', '/api/rulesets/x/wmo/S9/suites')).toBe(404);
    expect(await check('GET', `${S3}/versions/abc`)).toBe(400);
    expect(await check('PUT', `${S3}/versions/1`, { body: {} })).toBe(405);
    const created = await server.call('POST', `${S3}/drafts`, { body: {} });
    const draft = `${S3}/drafts/${created.json.id}`;
    expect(await check('PUT', draft, { body: { document: {} } })).toBe(428);
    expect(await check('PUT', draft, { body: { document: {} }, headers: { 'if-match': '"oud"' } })).toBe(412);
    expect(await check('PUT', draft, { raw: 'x', headers: { 'content-type': 'text/plain', 'if-match': '"oud"' } })).toBe(415);
    expect(
      await check('POST', '/api/evaluate', {
        raw: JSON.stringify({ case: { ...example, groot: 'x'.repeat(300_000) } }),
        headers: { 'content-type': 'application/json' },
      }),
    ).toBe(413);
    expect(await check('POST', '/api/evaluate', { body: { case: example, asOf: '2019-01-01' } })).toBe(422);
    expect(await check('POST', '/api/evaluate', { body: { case: { ...example, datum: 'morgen' } } })).toBe(400);
    expect(await check('POST', `${draft}/publish`, { body: { effectiveFrom: '2019-01-01', changeNote: 'Te vroeg.' } })).toBe(422);
    expect(await check('DELETE', draft, { headers: { 'if-match': '"oud"' } })).toBe(412);
    expect(await check('POST', '/api/impact', { body: { ruleset: 'noord-limburg/jeugd/S3', from: 1, suites: true } })).toBe(400);
    expect(await check('POST', '/api/impact', { body: { ruleset: 'noord-limburg/jeugd/S3', from: 1, to: 99, suites: true } })).toBe(422);
    expect(await check('POST', '/api/impact', { body: { ruleset: 'noord-limburg/jeugd/S9', from: 1, to: 1, suites: true } })).toBe(404);
    expect(await check('GET', `${S1B}/drafts/bestaat-niet/suite-changes`)).toBe(404);
    expect(await check('POST', '/api/resultaten', { body: { gegevens: { ...outcomes, aanbieders: [] } } })).toBe(400);
    const s1bDraft = await intensityDraft();
    expect(await check('POST', review(1), { body: { oordeel: 'beoogd', draftId: s1bDraft } })).toBe(400);
    expect(await check('POST', review(2), { body: { oordeel: 'beoogd', toelichting: 'Verandert niet.', draftId: s1bDraft } })).toBe(422);
    expect(await check('POST', review(99), { body: { oordeel: 'beoogd', toelichting: 'Bestaat niet.', draftId: s1bDraft } })).toBe(404);
  });

  it('covered every operation in the document', () => {
    const operations = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`));
    const seen = new Set(checked.map((c) => c.split(' ').slice(0, 2).join(' ')));
    const unchecked = operations.filter((o) => !seen.has(o) && o !== 'GET /api/test-runs/{id}/events'); // SSE is covered by the workflow test
    expect(unchecked).toEqual([]);
  });
});
