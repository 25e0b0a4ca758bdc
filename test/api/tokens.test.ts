// Token lifecycle: list (never the secret), revoke (next request 401), expiry, admin-token rotation on start; all audited.
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, startTestServer, type Dialect, type TestServer } from './harness';
import { spawnServer } from './spawn-server';

describe.each(DIALECTS)('token lifecycle on %s', (dialect: Dialect) => {
  let server: TestServer;
  let clockOffset = 0;
  beforeAll(async () => {
    server = await startTestServer(dialect, { clock: { now: () => new Date(Date.now() + clockOffset) } });
  });
  afterAll(async () => {
    await server?.close();
  });
  const withToken = async (token: string, path = '/api/me') => (await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } })).status;

  it('lists tokens with name, role, created and last used, never the secret or its hash', async () => {
    const made = await server.call('POST', '/api/tokens', { body: { role: 'lezer', name: 'dashboard' } });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({ role: 'lezer', name: 'dashboard', id: expect.stringMatching(/^tok_/) });
    expect(await withToken(made.json.token)).toBe(200);
    const list = await server.call('GET', '/api/tokens');
    expect(list.status).toBe(200);
    const entry = list.json.tokens.find((t: { id: string }) => t.id === made.json.id);
    expect(entry).toMatchObject({ name: 'dashboard', role: 'lezer', createdBy: 'test beheerder (beheerder)', status: 'actief', revokedAt: null });
    expect(entry.lastUsedAt).toEqual(expect.any(String));
    expect(list.text).not.toContain(made.json.token);
    expect(list.text).not.toContain(server.tokens.lezer);
    expect(list.text).not.toMatch(/[0-9a-f]{64}/);
    expect((await server.call('GET', '/api/tokens', { role: 'vaststeller' })).status).toBe(403);
  });

  it('revokes a token immediately: the next request with it is 401; revoking again is 409; both audited', async () => {
    const made = await server.call('POST', '/api/tokens', { body: { role: 'vaststeller', name: 'oud-account' } });
    expect(await withToken(made.json.token)).toBe(200);
    const revoked = await server.call('DELETE', `/api/tokens/${made.json.id}`);
    expect(revoked.status).toBe(204);
    expect(await withToken(made.json.token)).toBe(401);
    const again = await server.call('DELETE', `/api/tokens/${made.json.id}`);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('TOKEN_AL_INGETROKKEN');
    expect((await server.call('DELETE', '/api/tokens/tok_bestaatniet')).status).toBe(404);
    const listed = (await server.call('GET', '/api/tokens')).json.tokens.find((t: { id: string }) => t.id === made.json.id);
    expect(listed).toMatchObject({ status: 'ingetrokken', revokedBy: 'test beheerder (beheerder)' });
    const audit = (await server.call('GET', `/api/audit?target=tokens/${made.json.id}`)).json.entries.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['token-ingetrokken', 'token-aangemaakt']);
  });

  it('a token with an expiry works until then and is 401 after; an expiry in the past is refused', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const made = await server.call('POST', '/api/tokens', { body: { role: 'tester', name: 'tijdelijk', expiresAt } });
    expect(made.status, made.text).toBe(201);
    expect(made.json.expiresAt).toBe(expiresAt);
    expect(await withToken(made.json.token)).toBe(200);
    clockOffset = 2 * 3_600_000;
    try {
      expect(await withToken(made.json.token)).toBe(401);
      const listed = (await server.call('GET', '/api/tokens')).json.tokens.find((t: { id: string }) => t.id === made.json.id);
      expect(listed.status).toBe('verlopen');
    } finally {
      clockOffset = 0;
    }
    const past = await server.call('POST', '/api/tokens', { body: { role: 'tester', name: 'te laat', expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.status).toBe(400);
    expect(past.json.issues[0].path).toBe('/expiresAt');
  });

  it('refuses a repeated query parameter instead of ignoring it', async () => {
    const repeated = await server.call('GET', '/api/audit?target=a&target=b');
    expect(repeated.status).toBe(400);
    expect(repeated.json.detail).toContain('"target"');
  });
});

describe.each(DIALECTS)('admin-token rotation on start (%s)', (dialect: Dialect) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sturing-rotate-'));
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  const env = (extra: Record<string, string>): Record<string, string> => ({
    STURING_DATA_DIR: dataDir,
    ...(database ? { DATABASE_URL: (database.config as { databaseUrl: string }).databaseUrl } : {}),
    ...extra,
  });
  beforeAll(async () => {
    if (dialect === 'postgres') database = await createTestDatabase('postgres');
  });
  /** Every server this test starts, stopped at the end also when an assertion failed half-way. */
  const started: Awaited<ReturnType<typeof spawnServer>>[] = [];
  const start = async (extra: Record<string, string>) => {
    const server = await spawnServer(env(extra));
    started.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const status = async (url: string, token: string, method = 'GET', path = '/api/tokens') =>
    (
      await fetch(url + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ role: 'lezer', name: 'na-rotatie' }) : undefined,
      })
    ).status;

  it('a new STURING_ADMIN_TOKEN revokes the old one; deleting data/admin-token makes a new one and revokes the old; sign-in link only then', async () => {
    const first = await start({ STURING_ADMIN_TOKEN: 'beheerder-een-0123456789' });
    expect(first.output()).toContain('#token=beheerder-een-0123456789');
    const made = await fetch(first.url + '/api/tokens', {
      method: 'POST',
      headers: { authorization: 'Bearer beheerder-een-0123456789', 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'lezer', name: 'blijft' }),
    }).then((r) => r.json());
    await first.stop();

    const again = await start({ STURING_ADMIN_TOKEN: 'beheerder-een-0123456789' });
    expect(again.output()).not.toContain('#token=');
    await again.stop();

    const onRequest = await start({ STURING_ADMIN_TOKEN: 'beheerder-een-0123456789', STURING_AANMELDLINK: '1' });
    expect(onRequest.output()).toContain('#token=beheerder-een-0123456789');
    await onRequest.stop();

    const rotated = await start({ STURING_ADMIN_TOKEN: 'beheerder-twee-9876543210' });
    try {
      expect(await status(rotated.url, 'beheerder-een-0123456789', 'POST')).toBe(401);
      expect(await status(rotated.url, 'beheerder-twee-9876543210')).toBe(200);
      expect(await status(rotated.url, made.token, 'GET', '/api/me')).toBe(200);
      const audit = await fetch(rotated.url + '/api/audit?target=tokens', { headers: { authorization: 'Bearer beheerder-twee-9876543210' } }).then((r) =>
        r.json(),
      );
      expect(audit.entries.map((e: { action: string }) => e.action)).toContain('beheerderstoken-vervangen');
    } finally {
      await rotated.stop();
    }

    // Without STURING_ADMIN_TOKEN a token is generated into data/admin-token; deleting that file rotates it.
    const generated = await start({ STURING_ADMIN_TOKEN: '' });
    const link = /#token=(\S+)/.exec(generated.output());
    expect(link).not.toBeNull();
    const fileToken = link![1];
    expect(await status(generated.url, 'beheerder-twee-9876543210')).toBe(401);
    await generated.stop();
    expect(existsSync(join(dataDir, 'admin-token'))).toBe(true);
    unlinkSync(join(dataDir, 'admin-token'));
    const regenerated = await start({ STURING_ADMIN_TOKEN: '' });
    try {
      const newToken = /#token=(\S+)/.exec(regenerated.output())![1];
      expect(newToken).not.toBe(fileToken);
      expect(await status(regenerated.url, fileToken)).toBe(401);
      expect(await status(regenerated.url, newToken)).toBe(200);
    } finally {
      await regenerated.stop();
    }
  }, 180_000);
});
