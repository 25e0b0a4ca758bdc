// Two server processes on one PostgreSQL database publishing concurrently: version numbers gap-free and unique, and each
// instance answers with the version the other just published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, ROOT } from './harness';
import { spawnServer, type ServerProcess } from './spawn-server';

const TOKEN = 'multi-instance-beheerder-token';
const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const PUBLISHES = 16;

describe.runIf(process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = {
      DATABASE_URL: (database.config as { databaseUrl: string }).databaseUrl,
      STURING_ADMIN_TOKEN: TOKEN,
      STURING_DATA_DIR: '/tmp/sturing-multi-instance',
    };
    // Started together: only one may seed the store; the other must start on the seeded store.
    servers.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
  });

  it(`publishes ${PUBLISHES} drafts concurrently through both, with gap-free, duplicate-free versions`, async () => {
    const call = async (server: ServerProcess, method: string, path: string, body?: unknown) => {
      const response = await fetch(server.url + path, {
        method,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    };
    // Both instances evaluate first, so each has the versions in its cache before the other publishes.
    const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));
    const evaluated = async (server: ServerProcess) =>
      (await call(server, 'POST', '/api/evaluate', { case: example, asOf: '2030-06-01' })).json.version as number;
    expect(await evaluated(servers[0])).toBe(1);
    expect(await evaluated(servers[1])).toBe(1);
    const drafts = [];
    for (let i = 0; i < PUBLISHES; i++) drafts.push((await call(servers[i % 2], 'POST', `${S1B}/drafts`, {})).json.id as string);
    const results = await Promise.all(
      drafts.map((id, i) =>
        call(servers[i % 2], 'POST', `${S1B}/drafts/${id}/publish`, { effectiveFrom: '2030-01-01', changeNote: `Gelijktijdige publicatie ${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 201));
    const numbers = results.map((r) => r.json.version as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: PUBLISHES }, (_, i) => i + 2));
    // Each instance now answers with the newest version, whichever instance published it.
    expect(await evaluated(servers[0])).toBe(PUBLISHES + 1);
    expect(await evaluated(servers[1])).toBe(PUBLISHES + 1);
    const client = new pg.Client({ connectionString: (database.config as { databaseUrl: string }).databaseUrl });
    await client.connect();
    const stored = await client.query("select version from versions where ruleset_id = 'noord-limburg/wmo/S1b' order by version");
    const latest = await client.query("select latest_version from rulesets where id = 'noord-limburg/wmo/S1b'");
    const seeded = await client.query("select count(*)::int as n from audit where action = 'geladen-uit-bestanden'");
    await client.end();
    expect(stored.rows.map((r) => r.version)).toEqual(Array.from({ length: PUBLISHES + 1 }, (_, i) => i + 1));
    expect(latest.rows[0].latest_version).toBe(PUBLISHES + 1);
    expect(seeded.rows[0].n).toBe(1);
  }, 120_000);
});
