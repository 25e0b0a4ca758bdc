// One draft published by several requests at once (double click, proxy retry, two instances): exactly one version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, startTestServer, type Dialect, type LooseJson, type TestServer } from './harness';
import { spawnServer, type ServerProcess } from './spawn-server';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const RACERS = 4;
const ROUNDS = 3;

type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: LooseJson }>;

/** Creates a draft, then fires RACERS publishes of it at once; returns the statuses and the stored version count before/after. */
async function race(calls: Call[], withIfMatch: boolean, round: number) {
  const created = await calls[0]('POST', `${S1B}/drafts`, {});
  expect(created.status).toBe(201);
  const etag = `"${created.json.id}.${created.json.revision}"`;
  const before = (await calls[0]('GET', S1B)).json.versions.length as number;
  const results = await Promise.all(
    Array.from({ length: RACERS }, (_, i) =>
      calls[i % calls.length](
        'POST',
        `${S1B}/drafts/${created.json.id}/publish`,
        { effectiveFrom: '2031-01-01', changeNote: `Gelijktijdig ${round}.${i}` },
        withIfMatch ? { 'if-match': etag } : {},
      ),
    ),
  );
  const after = (await calls[0]('GET', S1B)).json as LooseJson;
  return { results, before, after };
}

function expectExactlyOne({ results, before, after }: Awaited<ReturnType<typeof race>>): void {
  const statuses = results.map((r) => r.status).sort();
  expect(
    statuses.filter((s) => s === 201),
    JSON.stringify(results.map((r) => r.json)),
  ).toHaveLength(1);
  for (const loser of results.filter((r) => r.status !== 201)) {
    expect([409, 412]).toContain(loser.status);
    expect(loser.json.code).toMatch(/^(CONCEPT_AL_GEPUBLICEERD|VERSIE_GEWIJZIGD)$/);
    expect(loser.json.detail).toMatch(/concept/i);
  }
  expect(after.versions.length).toBe(before + 1);
  const numbers = after.versions.map((v: { version: number }) => v.version);
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(after.latestVersion).toBe(Math.max(...numbers));
}

describe.each(DIALECTS)('same-draft publish race on %s, one instance', (dialect: Dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });
  const call: Call = async (method, path, body, headers = {}) => {
    const r = await server.call(method, path, { role: 'vaststeller', body, headers });
    return { status: r.status, json: r.json };
  };

  for (const withIfMatch of [false, true]) {
    it(`${RACERS} simultaneous publishes ${withIfMatch ? 'with' : 'without'} If-Match make exactly one version (${ROUNDS} rounds)`, async () => {
      for (let round = 0; round < ROUNDS; round++) expectExactlyOne(await race([call], withIfMatch, round));
    }, 120_000);
  }
});

describe.each(DIALECTS)('same-draft publish race on %s, two instances', (dialect: Dialect) => {
  const TOKEN = `race-beheerder-${dialect}`;
  const servers: ServerProcess[] = [];
  let cleanup: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sturing-race-'));
    const env: Record<string, string> = { STURING_ADMIN_TOKEN: TOKEN, STURING_DATA_DIR: dataDir };
    if (dialect === 'postgres') {
      const database = await createTestDatabase('postgres');
      env.DATABASE_URL = (database.config as { databaseUrl: string }).databaseUrl;
      cleanup = async () => {
        await database.drop();
        rmSync(dataDir, { recursive: true, force: true });
      };
    } else {
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
    // The first seeds the store; the second starts on it (SQLite: the same file from two processes).
    servers.push(await spawnServer(env));
    servers.push(await spawnServer(env));
  }, 90_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cleanup();
  });

  const callOn =
    (server: () => ServerProcess): Call =>
    async (method, path, body, headers = {}) => {
      const response = await fetch(server().url + path, {
        method,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : undefined };
    };

  for (const withIfMatch of [false, true]) {
    it(`${RACERS} publishes of one draft through both instances ${withIfMatch ? 'with' : 'without'} If-Match make exactly one version`, async () => {
      const calls = [callOn(() => servers[0]), callOn(() => servers[1])];
      for (let round = 0; round < ROUNDS; round++) expectExactlyOne(await race(calls, withIfMatch, round));
    }, 180_000);
  }
});
