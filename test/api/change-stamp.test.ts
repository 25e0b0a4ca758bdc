// Hot reads remembered while nothing is written (SQLite's change stamp): a token revoked by another connection (another
// server instance on the same file) or by this one is refused at once, an expired one too, and a publish by another
// connection moves the store generation.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreGeneration } from '../../server/cache/store-generation';
import { openDatabase, type DatabaseHandle } from '../../server/store/database';
import { TokenStore } from '../../server/store/token-store';
import { createTestDatabase, ROOT } from './harness';

describe('remembered reads on SQLite', () => {
  let drop: () => Promise<void>;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let here: DatabaseHandle;
  let there: DatabaseHandle;
  let now = '2030-01-01T00:00:00.000Z';
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    drop = database.drop;
    here = await openDatabase(database.config);
    there = await openDatabase(database.config);
  });
  afterAll(async () => {
    await here?.db.destroy();
    await there?.db.destroy();
    await drop?.();
  });

  it('a token revoked elsewhere, here, or expired is refused on the very next lookup', async () => {
    const tokensHere = new TokenStore(here, () => now);
    const tokensThere = new TokenStore(there, () => now);
    const a = await tokensThere.add('token-a-fictief', { role: 'lezer', name: 'a' }, 'test');
    const b = await tokensHere.add('token-b-fictief', { role: 'lezer', name: 'b' }, 'test', '2030-01-02T00:00:00.000Z');
    expect(here.changeStamp).toBeTypeOf('function');
    for (let i = 0; i < 3; i++) expect(await tokensHere.find('token-a-fictief')).toMatchObject({ name: 'a' });
    const stamp = here.changeStamp!();
    expect(await tokensHere.find('token-a-fictief')).toMatchObject({ name: 'a' });
    expect(here.changeStamp!()).toBe(stamp);
    expect(await tokensThere.revoke(a, 'test')).toBe(true);
    expect(await tokensHere.find('token-a-fictief')).toBeUndefined();
    expect(await tokensHere.find('token-b-fictief')).toMatchObject({ name: 'b' });
    expect(await tokensHere.revoke(b, 'test')).toBe(true);
    expect(await tokensHere.find('token-b-fictief')).toBeUndefined();
    await tokensHere.add('token-c-fictief', { role: 'lezer', name: 'c' }, 'test', '2030-01-01T01:00:00.000Z');
    expect(await tokensHere.find('token-c-fictief')).toMatchObject({ name: 'c' });
    now = '2030-01-01T02:00:00.000Z';
    expect(await tokensHere.find('token-c-fictief')).toBeUndefined();
  });

  it('a token revoked by another process (another server instance on the same file) is refused at the next lookup', async () => {
    const tokensHere = new TokenStore(here, () => now);
    await tokensHere.add('token-d-fictief', { role: 'lezer', name: 'd' }, 'test');
    expect(await tokensHere.find('token-d-fictief')).toMatchObject({ name: 'd' });
    expect(await tokensHere.find('token-d-fictief')).toMatchObject({ name: 'd' });
    const file = join((database.config as { dataDir: string }).dataDir, 'sturing.sqlite');
    const script = `const db = require('better-sqlite3')(${JSON.stringify(file)}); db.pragma('busy_timeout = 5000'); db.prepare("update tokens set revoked_at = '2030-01-01', revoked_by = 'elders' where name = 'd'").run();`;
    await new Promise<void>((resolve, reject) => execFile(process.execPath, ['-e', script], { cwd: ROOT }, (error) => (error ? reject(error) : resolve())));
    expect(await tokensHere.find('token-d-fictief')).toBeUndefined();
  });

  it('the store generation follows a change made through another connection', async () => {
    const generation = new StoreGeneration(here);
    const before = await generation.read();
    expect(await generation.read()).toBe(before);
    await there.db
      .insertInto('rulesets')
      .values({ id: 'fictief/wmo/X1', region_id: 'fictief', domain: 'wmo', segment: 'X1', latest_version: 3, created_at: now })
      .execute();
    expect(await generation.read()).not.toBe(before);
  });
});
