// Several thousand malformed and hostile bodies to every POST/PUT endpoint: no 5xx, no crash, the store unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startTestServer, type TestServer } from './harness';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const BODIES_PER_ENDPOINT = 600;

/** Deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -0.5,
  '',
  'x',
  '2022-13-45',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "'; drop table versions; --",
  '\u0000',
  '💥'.repeat(50),
];

function randomValue(rand: () => number, depth = 0): unknown {
  const r = rand();
  if (depth > 3 || r < 0.5) return SCALARS[Math.floor(rand() * SCALARS.length)];
  if (r < 0.75) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, (_, i) => [`k${i}`, randomValue(rand, depth + 1)]));
}

/** Replaces one field of a valid body with a value of another JSON type, or adds an unknown field: always invalid for the endpoint's schema. */
function mutate(valid: Record<string, unknown>, rand: () => number): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
  const keys = Object.keys(copy);
  if (keys.length === 0 || rand() < 0.4) {
    copy[`onbekend_${Math.floor(rand() * 1000)}`] = randomValue(rand);
    return copy;
  }
  const key = keys[Math.floor(rand() * keys.length)];
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  const candidates = [null, -42, 'tekst', [], [1, 2], true, { a: 1 }].filter((junk) => kind(junk) !== kind(copy[key]));
  copy[key] = candidates[Math.floor(rand() * candidates.length)];
  return copy;
}

/** A hostile raw body: broken JSON, prototype keys, deep nesting, huge payloads. */
function hostileRaw(rand: () => number, valid: Record<string, unknown>): { raw: string; type: string } {
  const text = JSON.stringify(valid);
  switch (Math.floor(rand() * 9)) {
    case 0:
      return { raw: text.slice(0, 1 + Math.floor(rand() * (text.length - 1))), type: 'application/json' };
    case 1:
      return { raw: text.replace('{', `{"__proto__": {"isAdmin": true, "polluted": 1},`), type: 'application/json' };
    case 2:
      return { raw: text.replace('{', `{"constructor": {"prototype": {"polluted": 1}},`), type: 'application/json' };
    case 3:
      return { raw: '['.repeat(5000) + ']'.repeat(5000), type: 'application/json' };
    case 4:
      return { raw: JSON.stringify({ ...valid, big: 'x'.repeat(300 * 1024) }), type: 'application/json' };
    case 5:
      return { raw: text, type: 'text/plain' };
    case 6:
      return { raw: 'effectiveFrom=2022-01-01&changeNote=x', type: 'application/x-www-form-urlencoded' };
    case 7: {
      // A random value; as an object it gets an unknown field, so it never matches a schema by chance.
      const value = randomValue(rand);
      const invalid = value && typeof value === 'object' && !Array.isArray(value) ? { ...value, onbekendVeld: 1 } : value;
      return { raw: JSON.stringify(invalid), type: 'application/json' };
    }
    default:
      return { raw: '{"a":' + '{"a":'.repeat(200) + '1' + '}'.repeat(201), type: 'application/json' };
  }
}

async function snapshot(server: TestServer): Promise<string> {
  const db = server.store.db;
  const tables = ['regions', 'shared_rules', 'rulesets', 'versions', 'drafts', 'suites', 'suite_reviews', 'audit', 'tokens', 'test_runs'] as const;
  const parts: unknown[] = [];
  for (const table of tables) parts.push(await db.selectFrom(table).selectAll().execute());
  // A token's last use is bookkeeping of the request itself, not a change a refused request made.
  return JSON.stringify(parts, (key, value) => (key === 'last_used_at' ? undefined : value));
}

describe('fuzzing every POST/PUT endpoint', () => {
  let server: TestServer;
  let draftPath: string;
  let etag: string;
  let draftDocument: unknown;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const created = await server.call('POST', `${S1B}/drafts`, { body: {} });
    draftPath = `${S1B}/drafts/${created.json.id}`;
    etag = created.headers.get('etag') as string;
    draftDocument = created.json.document;
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`survives ${BODIES_PER_ENDPOINT} bodies per endpoint with no 5xx and an unchanged store`, async () => {
    const endpoints: { method: string; path: () => string; valid: Record<string, unknown>; headers?: Record<string, string> }[] = [
      { method: 'POST', path: () => `${S1B}/drafts`, valid: { fromVersion: 1 } },
      { method: 'PUT', path: () => draftPath, valid: { document: draftDocument as object }, headers: { 'if-match': etag } },
      { method: 'POST', path: () => `${draftPath}/publish`, valid: { effectiveFrom: '2030-01-01', changeNote: 'Wijziging' } },
      { method: 'POST', path: () => '/api/evaluate', valid: { case: example, asOf: '2023-01-01' } },
      { method: 'POST', path: () => '/api/test-runs', valid: { ruleset: 'noord-limburg/wmo/S1b', version: 1 } },
      { method: 'POST', path: () => '/api/tokens', valid: { role: 'lezer', name: 'fuzz' } },
      { method: 'POST', path: () => '/api/impact', valid: { ruleset: 'noord-limburg/wmo/S1b', from: 1, to: 1, suites: true } },
      {
        method: 'POST',
        path: () => `${S1B}/suites/${encodeURIComponent('noord-limburg/wmo/S1b#wmo-S1b')}/cases/1/beoordeling`,
        valid: { oordeel: 'regressie', toelichting: 'Fuzz', draftId: draftPath.split('/').at(-1) as string },
      },
      { method: 'POST', path: () => '/api/calc/budgetafspraak', valid: { budget: '1000.00', realisatie: '1100.00', bandbreedtePct: 5 } },
    ];
    const before = await snapshot(server);
    const rand = prng(20261123);
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const endpoint of endpoints) {
      for (let i = 0; i < BODIES_PER_ENDPOINT; i++) {
        const hostile = rand() < 0.35 ? hostileRaw(rand, endpoint.valid) : undefined;
        const body = hostile ? undefined : mutate(endpoint.valid, rand);
        const response = await server.call(endpoint.method, endpoint.path(), {
          raw: hostile?.raw ?? JSON.stringify(body),
          headers: { 'content-type': hostile?.type ?? 'application/json', ...endpoint.headers },
        });
        sent++;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(
          response.status,
          `${endpoint.method} ${endpoint.path()} ${(hostile?.raw ?? JSON.stringify(body)).slice(0, 200)} → ${response.text.slice(0, 300)}`,
        ).toBeLessThan(500);
        // Bodies to endpoints that write are always invalid; evaluate and calc may legitimately answer 200 for a still-valid input.
        if (!['/api/evaluate', '/api/calc/budgetafspraak'].includes(endpoint.path()))
          expect(response.status, (hostile?.raw ?? JSON.stringify(body)).slice(0, 200)).toBeGreaterThanOrEqual(400);
      }
    }
    expect(sent).toBe(endpoints.length * BODIES_PER_ENDPOINT);
    expect((await server.call('GET', '/api/health', { role: null })).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(server)).toBe(before);
    console.log(`fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 180_000);
});
