// Every endpoint × role: 401 without a token, 403 for a role without the permission, 2xx for one with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../../server/http/auth';
import { ROLES, type Role } from '../../server/store/token-store';
import { ROOT, startTestServer, type TestServer } from './harness';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
const outcomes = JSON.parse(readFileSync(join(ROOT, 'examples/resultaten-zuid-limburg-jeugd-fictief.json'), 'utf8'));
const S3 = '/api/rulesets/noord-limburg/jeugd/S3';
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';

interface Endpoint {
  name: string;
  permission: Permission | null;
  /** Prepares fresh resources (as beheerder) and returns the request to make. */
  request: (server: TestServer) => Promise<{ method: string; path: string; body?: unknown; headers?: Record<string, string> }>;
  success: number;
}

async function newDraft(server: TestServer): Promise<{ path: string; etag: string }> {
  const created = await server.call('POST', `${S3}/drafts`, { body: {} });
  return { path: `${S3}/drafts/${created.json.id}`, etag: created.headers.get('etag') as string };
}

/** One S1b draft that changes suite case 1 (the access team fixes the intensity), shared by the judgement requests. */
let intensityDraftId: string | undefined;
async function intensityDraft(server: TestServer): Promise<string> {
  if (intensityDraftId) return intensityDraftId;
  const created = await server.call('POST', `${S1B}/drafts`, { body: {} });
  const document = created.json.document;
  document.policy.percelen.regionaal.toegang.hoe = 'deels-toegang';
  document.policy.percelen.regionaal.toegang.hoeElementenToegang = ['intensiteit'];
  await server.call('PUT', `${S1B}/drafts/${created.json.id}`, { body: { document }, headers: { 'if-match': created.headers.get('etag') as string } });
  return (intensityDraftId = created.json.id as string);
}

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /api/me', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: '/api/me' }) },
  { name: 'GET /api/regions', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: '/api/regions' }) },
  { name: 'GET /api/rulesets', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: '/api/rulesets' }) },
  { name: 'GET /api/rulesets/{id}', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: S3 }) },
  { name: 'GET …/versions/{n}', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: `${S3}/versions/1` }) },
  { name: 'GET …/versions/{n}/diff/{m}', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: `${S3}/versions/1/diff/1` }) },
  { name: 'GET …/suites', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: `${S3}/suites` }) },
  { name: 'POST …/drafts', permission: 'concepten', success: 201, request: async () => ({ method: 'POST', path: `${S3}/drafts`, body: {} }) },
  { name: 'GET …/drafts/{id}', permission: 'lezen', success: 200, request: async (s) => ({ method: 'GET', path: (await newDraft(s)).path }) },
  {
    name: 'PUT …/drafts/{id}',
    permission: 'concepten',
    success: 200,
    request: async (s) => {
      const draft = await newDraft(s);
      const current = await s.call('GET', draft.path);
      return { method: 'PUT', path: draft.path, body: { document: current.json.document }, headers: { 'if-match': draft.etag } };
    },
  },
  { name: 'DELETE …/drafts/{id}', permission: 'concepten', success: 204, request: async (s) => ({ method: 'DELETE', path: (await newDraft(s)).path }) },
  {
    name: 'POST …/drafts/{id}/publish',
    permission: 'publiceren',
    success: 201,
    request: async (s) => ({
      method: 'POST',
      path: `${(await newDraft(s)).path}/publish`,
      body: { effectiveFrom: '2030-01-01', changeNote: 'Ongewijzigd opnieuw gepubliceerd.' },
    }),
  },
  { name: 'POST /api/evaluate', permission: 'lezen', success: 200, request: async () => ({ method: 'POST', path: '/api/evaluate', body: { case: example } }) },
  {
    name: 'POST /api/test-runs',
    permission: 'testen',
    success: 202,
    request: async () => ({ method: 'POST', path: '/api/test-runs', body: { ruleset: 'noord-limburg/jeugd/S3' } }),
  },
  {
    name: 'GET /api/test-runs/{id}',
    permission: 'lezen',
    success: 200,
    request: async (s) => ({
      method: 'GET',
      path: `/api/test-runs/${(await s.call('POST', '/api/test-runs', { body: { ruleset: 'noord-limburg/jeugd/S3' } })).json.id}`,
    }),
  },
  {
    name: 'GET /api/test-runs/{id}/events',
    permission: 'lezen',
    success: 200,
    request: async (s) => ({
      method: 'GET',
      path: `/api/test-runs/${(await s.call('POST', '/api/test-runs', { body: { ruleset: 'noord-limburg/jeugd/S3' } })).json.id}/events`,
    }),
  },
  { name: 'GET /api/calc', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: '/api/calc' }) },
  {
    name: 'POST /api/calc/{model}',
    permission: 'lezen',
    success: 200,
    request: async () => ({ method: 'POST', path: '/api/calc/ingroeimodel', body: { historisch: '1000', objectief: '2000', jaar: 2024 } }),
  },
  {
    name: 'POST /api/resultaten',
    permission: 'lezen',
    success: 200,
    request: async () => ({ method: 'POST', path: '/api/resultaten', body: { gegevens: outcomes, asOf: '2018-12-31' } }),
  },
  {
    name: 'GET /api/matrix',
    permission: 'lezen',
    success: 200,
    request: async () => ({ method: 'GET', path: '/api/matrix?region=noord-limburg&asOf=2023-01-01' }),
  },
  {
    name: 'POST /api/impact',
    permission: 'lezen',
    success: 200,
    request: async () => ({ method: 'POST', path: '/api/impact', body: { ruleset: 'noord-limburg/jeugd/S3', from: 1, to: 1, suites: true } }),
  },
  {
    name: 'GET …/drafts/{id}/suite-changes',
    permission: 'lezen',
    success: 200,
    request: async (s) => ({ method: 'GET', path: `${S1B}/drafts/${await intensityDraft(s)}/suite-changes` }),
  },
  {
    name: 'POST …/suites/{suiteId}/cases/{index}/beoordeling',
    permission: 'testen',
    success: 201,
    request: async (s) => ({
      method: 'POST',
      path: `${S1B}/suites/${encodeURIComponent('noord-limburg/wmo/S1b#wmo-S1b')}/cases/1/beoordeling`,
      body: { oordeel: 'regressie', toelichting: 'Rollencontrole.', draftId: await intensityDraft(s) },
    }),
  },
  { name: 'GET /api/audit', permission: 'lezen', success: 200, request: async () => ({ method: 'GET', path: '/api/audit' }) },
  {
    name: 'POST /api/tokens',
    permission: 'tokens',
    success: 201,
    request: async () => ({ method: 'POST', path: '/api/tokens', body: { role: 'lezer', name: 'nieuw' } }),
  },
];

describe('endpoint × role', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('GET /api/health needs no token', async () => {
    expect((await server.call('GET', '/api/health', { role: null })).status).toBe(200);
  });

  for (const endpoint of ENDPOINTS) {
    for (const role of [null, ...ROLES] as (Role | null)[]) {
      const allowed = role !== null && endpoint.permission !== null && PERMISSIONS[role].includes(endpoint.permission);
      const expected = role === null ? 401 : allowed ? endpoint.success : 403;
      it(`${endpoint.name} as ${role ?? 'anoniem'} → ${expected}`, async () => {
        const request = await endpoint.request(server);
        const response = await server.call(request.method, request.path, { role, body: request.body, headers: request.headers });
        expect(response.status, response.text.slice(0, 300)).toBe(expected);
        if (expected >= 400) expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      });
    }
  }
});
