// Bounds that keep one user from taking the server: explained batch size per role, concurrent test runs per user (503 + Retry-After),
// and batches that leave the event loop free for health checks while they run.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAINED_BATCH_LIMIT } from '../../server/routes/evaluate';
import { MAX_RUNS_PER_USER } from '../../server/test-runs';
import { ROOT, startTestServer, type TestServer } from './harness';
import { spawnServer } from './spawn-server';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));

describe('limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('bounds explained batches per role; the fast evaluator takes the full batch', async () => {
    const over = Array.from({ length: EXPLAINED_BATCH_LIMIT.lezer + 1 }, () => ({}));
    const refused = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { cases: over } });
    expect(refused.status).toBe(400);
    expect(refused.json.issues[0].path).toBe('/cases');
    expect(refused.json.detail).toContain(`${EXPLAINED_BATCH_LIMIT.lezer}`);
    const fast = await server.call('POST', '/api/evaluate', { role: 'lezer', body: { cases: over, uitleg: false } });
    expect(fast.status).toBe(200);
    expect(fast.json.summary.total).toBe(over.length);
    const tester = await server.call('POST', '/api/evaluate', { role: 'tester', body: { cases: over } });
    expect(tester.status).toBe(200);
  });

  it(`accepts at most ${MAX_RUNS_PER_USER} simultaneous test runs per user; the rest get 503 with Retry-After; another user is not affected`, async () => {
    // A long suite, so that the runs are still going when the later requests arrive.
    const suite = JSON.parse(readFileSync(join(ROOT, 'test/regression/noord-limburg/wmo-S1b.json'), 'utf8'));
    const long = { ...suite, cases: Array.from({ length: 60 }, () => suite.cases).flat() };
    await server.store.db
      .insertInto('suites')
      .values({ id: 'lang#wmo-S1b-lang', ruleset_id: 'noord-limburg/wmo/S1b', document: JSON.stringify(long) })
      .execute();
    const body = { ruleset: 'noord-limburg/wmo/S1b' };
    const responses = await Promise.all(Array.from({ length: 6 }, () => server.call('POST', '/api/test-runs', { role: 'tester', body })));
    const accepted = responses.filter((r) => r.status === 202);
    const busy = responses.filter((r) => r.status === 503);
    expect(accepted.length).toBe(MAX_RUNS_PER_USER);
    expect(busy.length).toBe(6 - MAX_RUNS_PER_USER);
    expect(busy[0].headers.get('retry-after')).toMatch(/^\d+$/);
    expect(busy[0].json).toMatchObject({ code: 'TE_DRUK', title: 'Te veel testruns tegelijk' });
    const other = await server.call('POST', '/api/test-runs', { role: 'beheerder', body });
    expect(other.status).toBe(202);
    const finish = async (ids: string[]): Promise<void> => {
      for (const id of ids) {
        while ((await server.call('GET', `/api/test-runs/${id}`)).json.status === 'bezig') await new Promise((r) => setTimeout(r, 50));
      }
    };
    // When the runs are done, the user may start again.
    await finish(accepted.map((r) => r.json.id));
    const again = await server.call('POST', '/api/test-runs', { role: 'tester', body });
    expect(again.status).toBe(202);
    await finish([other.json.id, again.json.id]);
  }, 120_000);
});

describe('a large explained batch leaves the event loop free', () => {
  it('health checks sent during a 1,500-case batch are answered before the batch is', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sturing-loop-'));
    const child = await spawnServer({ STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: 'loop-token' });
    try {
      const order: string[] = [];
      const cases = Array.from({ length: 1500 }, (_, i) => ({ ...example, id: `L-${i}` }));
      const batch = fetch(`${child.url}/api/evaluate`, {
        method: 'POST',
        headers: { authorization: 'Bearer loop-token', 'content-type': 'application/json' },
        body: JSON.stringify({ cases }),
      }).then(async (r) => {
        expect(r.status).toBe(200);
        await r.arrayBuffer();
        order.push('batch');
      });
      let stop = false;
      const health = (async () => {
        while (!stop) {
          const r = await fetch(`${child.url}/api/health`);
          expect(r.status).toBe(200);
          order.push('health');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      await batch;
      stop = true;
      await health;
      expect(order.indexOf('batch'), order.join(',')).toBeGreaterThan(1);
    } finally {
      await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
