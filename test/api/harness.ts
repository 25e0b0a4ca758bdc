// Starts the real server on a free port against a temporary SQLite file or a fresh PostgreSQL database.
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import pg from 'pg';
import { pino } from 'pino';
import { createApp } from '../../server/app';
import { openDatabase, type DatabaseConfig } from '../../server/store/database';
import { RuleStore } from '../../server/store/rule-store';
import { seedFromFiles } from '../../server/store/seed-from-files';
import { ROLES, TokenStore, type Role } from '../../server/store/token-store';

/** A response body as tests read it: loosely typed on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export const ROOT = new URL('../..', import.meta.url).pathname;

export type Dialect = 'sqlite' | 'postgres';

/** The dialects to run the API suites on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Creates an empty database of its own (dropped by the returned function). */
export async function createTestDatabase(dialect: Dialect): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'sturing-test-'));
    return { config: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `sturing_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { databaseUrl: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestServer {
  url: string;
  store: RuleStore;
  tokens: Record<Role, string>;
  config: DatabaseConfig;
  /** fetch against the server with a role's token (or none); `json` is read loosely, as a test does. */
  call: (
    method: string,
    path: string,
    options?: { role?: Role | null; body?: unknown; headers?: Record<string, string>; raw?: string },
  ) => Promise<{ status: number; headers: Headers; json: LooseJson; text: string }>;
  close: () => Promise<void>;
}

export async function startTestServer(dialect: Dialect, options: { clock?: { now(): Date } } = {}): Promise<TestServer> {
  const database = await createTestDatabase(dialect);
  const handle = await openDatabase(database.config);
  const store = new RuleStore(handle, options.clock);
  await seedFromFiles(store, join(ROOT, 'rules'), join(ROOT, 'test', 'regression'));
  const tokenStore = new TokenStore(store.handle, () => new Date().toISOString());
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    tokens[role] = `test-${role}-${randomBytes(8).toString('hex')}`;
    await tokenStore.add(tokens[role], { role, name: `test ${role}` }, 'test');
  }
  const app = createApp({ store, logger: pino({ level: 'silent' }), clock: options.clock, bodyLimit: '256kb' });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: TestServer['call'] = async (method, path, { role = 'beheerder', body, headers = {}, raw } = {}) => {
    const init: RequestInit = { method, headers: { ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}), ...headers } };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(url + path, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  return {
    url,
    store,
    tokens,
    config: database.config,
    call,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
      await database.drop();
    },
  };
}
