// Large evaluate bodies (batches) are answered by worker threads with their own store connection: the same answers
// and the same errors as on the request's thread, and a publish is seen by the workers' next answer.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCases } from '../../engine/src/impact';
import { createApp } from '../../server/app';
import { WORKER_BODY_BYTES } from '../../server/http/worker-body';
import { openDatabase } from '../../server/store/database';
import { RuleStore } from '../../server/store/rule-store';
import { DIALECTS, startTestServer, type LooseJson, type TestServer } from './harness';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';

describe.each(DIALECTS)('evaluation workers (%s)', (dialect) => {
  let plain: TestServer;
  let store: RuleStore;
  let servers: Server[];
  let url: string;
  let threadUrl: string;
  let cases: Record<string, unknown>[];
  beforeAll(async () => {
    plain = await startTestServer(dialect);
    store = new RuleStore(await openDatabase(plain.config));
    // The same store and body limit, once with workers and once without.
    servers = await Promise.all(
      [2, 0].map(
        (evaluationWorkers) =>
          new Promise<Server>((resolve) => {
            const s = createApp({ store, logger: pino({ level: 'silent' }), evaluationWorkers, bodyLimit: '4mb' }).listen(0, '127.0.0.1', () => resolve(s));
          }),
      ),
    );
    [url, threadUrl] = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    const gemeenten = (await store.listRegions()).find((r) => r.id === 'noord-limburg')!.gemeenten;
    // Fictional generated cases, 30 % with a decision error, some with a date no version is in force on.
    cases = generateCases({
      year: 2022,
      seed: 11,
      count: 600,
      errorRate: 0.3,
      gemeenten,
      segments: [{ domein: 'wmo', segment: 'S1b', clients: 1, percelen: ['regionaal'] }],
    });
    cases[7] = { ...cases[7], datum: '1990-01-01' };
  }, 60_000);
  afterAll(async () => {
    for (const server of servers ?? []) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
    await store?.close();
    await plain?.close();
  });

  const post = async (target: string, text: string, token = plain.tokens.tester) => {
    const response = await fetch(`${target}/api/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: text,
    });
    return { status: response.status, type: response.headers.get('content-type'), json: (await response.json()) as LooseJson };
  };

  it('answers a large batch exactly as the request thread answers it, with and without explanation', async () => {
    for (const uitleg of [false, true]) {
      const text = JSON.stringify({ cases, uitleg });
      expect(text.length).toBeGreaterThanOrEqual(WORKER_BODY_BYTES);
      const [viaWorkers, onThread] = await Promise.all([post(url, text), post(threadUrl, text)]);
      expect(viaWorkers.status).toBe(200);
      expect(viaWorkers.type).toBe('application/json; charset=utf-8');
      expect(viaWorkers.json.summary).toEqual({ total: 600, errors: 1 });
      expect(viaWorkers.json.decisions[7].error.code).toBe(onThread.json.decisions[7].error.code);
      expect(viaWorkers.json).toEqual(onThread.json);
    }
  });

  it('answers concurrent batches as it answers them one after another', async () => {
    // Four batches of different cases at once, spread over both workers and the request thread, then one by one.
    const bodies = [0, 1, 2, 3].map((k) =>
      JSON.stringify({ cases: cases.map((c, i) => ({ ...c, id: `k${k}-${i}`, datum: k % 2 ? '2023-03-01' : c.datum })), uitleg: k < 2 }),
    );
    const small = JSON.stringify({ case: cases[1] });
    const concurrent = await Promise.all([...bodies.map((b) => post(url, b)), post(url, small), post(url, small)]);
    const serial = [];
    for (const b of [...bodies, small, small]) serial.push(await post(url, b));
    expect(concurrent.map((r) => r.status)).toEqual(serial.map(() => 200));
    expect(concurrent.map((r) => r.json)).toEqual(serial.map((r) => r.json));
  });

  it('refuses bad large bodies with the same problems as the request thread', async () => {
    const padding = 'x'.repeat(WORKER_BODY_BYTES);
    const bad = [
      `{"cases": [${JSON.stringify(cases[0])}], "uitleg": false, "opmerking": "${padding}"`,
      JSON.stringify({ cases, uitleg: false, opmerking: padding }),
      JSON.stringify({ cases: Array.from({ length: 2_001 }, () => cases[0]) }),
    ];
    for (const text of bad) {
      const [viaWorkers, onThread] = await Promise.all([post(url, text, plain.tokens.lezer), post(threadUrl, text, plain.tokens.lezer)]);
      expect(viaWorkers.status).toBe(400);
      const { requestId: _a, ...ours } = viaWorkers.json;
      const { requestId: _b, ...theirs } = onThread.json;
      expect(ours).toEqual(theirs);
    }
  });

  it('sees a version published after its first answer', async () => {
    const late = cases.map((c) => ({ ...c }));
    const text = JSON.stringify({ cases: late, uitleg: false, asOf: '2031-06-01' });
    expect(text.length).toBeGreaterThanOrEqual(WORKER_BODY_BYTES);
    const before = await post(url, text);
    const versionBefore = before.json.decisions[0].decision.version;
    const draft = await plain.call('POST', `${S1B}/drafts`, { body: {} });
    const published = await plain.call('POST', `${S1B}/drafts/${draft.json.id}/publish`, {
      body: { effectiveFrom: '2031-01-01', changeNote: 'Nieuwe versie, gezien door de evaluatieworkers (fictief)' },
    });
    expect(published.status).toBe(201);
    expect(published.json.version).toBeGreaterThan(versionBefore);
    const after = await post(url, text);
    expect(after.json.decisions[0].decision.version).toBe(published.json.version);
  });
});
