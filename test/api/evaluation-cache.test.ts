// Prepare once: the server keeps what an evaluation reads from the store in memory, and a publish by another
// server instance on the same database (a second app with its own connection) shows up in the very next answer.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { EvaluationCache } from '../../server/cache/evaluation-cache';
import { openDatabase } from '../../server/store/database';
import { RuleStore } from '../../server/store/rule-store';
import { DIALECTS, ROOT, startTestServer, type TestServer } from './harness';

const S1B = '/api/rulesets/noord-limburg/wmo/S1b';
const suite = JSON.parse(readFileSync(join(ROOT, 'test/regression/noord-limburg/wmo-S1b.json'), 'utf8')) as { cases: { case?: Record<string, unknown> }[] };
const caseData = suite.cases.find((c) => c.case)!.case!;

describe.each(DIALECTS)('evaluation cache and a second instance (%s)', (dialect) => {
  let a: TestServer;
  let storeB: RuleStore;
  let serverB: Server;
  let urlB: string;
  beforeAll(async () => {
    a = await startTestServer(dialect);
    storeB = new RuleStore(await openDatabase(a.config));
    serverB = await new Promise<Server>((resolve) => {
      const s = createApp({ store: storeB, logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1', () => resolve(s));
    });
    urlB = `http://127.0.0.1:${(serverB.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    serverB?.closeAllConnections();
    await new Promise((r) => serverB?.close(r));
    await storeB?.close();
    await a?.close();
  });

  const evaluateOnB = async (body: unknown) => {
    const response = await fetch(`${urlB}/api/evaluate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.tokens.lezer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as { version: number; findings: unknown[]; code?: string } };
  };

  it('instance B answers with the version instance A just published, with and without explanation', async () => {
    const before = await evaluateOnB({ case: caseData, asOf: '2030-06-01' });
    expect(before.status).toBe(200);
    const latest = before.json.version;
    // B has now cached the versions; A publishes a new one in force from 2030.
    const draft = await a.call('POST', `${S1B}/drafts`, { body: {} });
    expect(draft.status).toBe(201);
    const published = await a.call('POST', `${S1B}/drafts/${draft.json.id}/publish`, {
      body: { effectiveFrom: '2030-01-01', changeNote: 'Nieuwe versie via instantie A (fictief)' },
    });
    expect(published.status).toBe(201);
    expect(published.json.version).toBeGreaterThan(latest);

    const explained = await evaluateOnB({ case: caseData, asOf: '2030-06-01' });
    expect(explained.status).toBe(200);
    expect(explained.json.version).toBe(published.json.version);
    const compiled = await evaluateOnB({ case: caseData, asOf: '2030-06-01', uitleg: false });
    expect(compiled.json.version).toBe(published.json.version);
    const pinned = await evaluateOnB({ case: caseData, version: published.json.version });
    expect(pinned.status).toBe(200);
    expect(pinned.json.version).toBe(published.json.version);
    // Earlier dates still get the version in force then.
    const earlier = await evaluateOnB({ case: caseData });
    expect(earlier.json.version).toBeLessThan(published.json.version);
  });

  it('keeps one view while nothing is published and builds a new one after a publish', async () => {
    const cache = new EvaluationCache(storeB);
    const first = await cache.current();
    const second = await cache.current();
    expect(second).toBe(first);
    expect(cache.builds).toBe(1);
    const versions = await first.listVersions('noord-limburg/wmo/S1b');
    expect(await first.listVersions('noord-limburg/wmo/S1b')).toBe(versions);
    const shared = await first.sharedRulesOf(versions[0]);
    expect(await first.sharedRulesOf(versions[0])).toBe(shared);
    expect((await first.regionOf(String(caseData.gemeente)))?.id).toBe('noord-limburg');

    const draft = await a.call('POST', `${S1B}/drafts`, { body: {} });
    await a.call('POST', `${S1B}/drafts/${draft.json.id}/publish`, { body: { effectiveFrom: '2031-01-01', changeNote: 'Nog een versie (fictief)' } });
    const third = await cache.current();
    expect(third).not.toBe(first);
    expect(cache.builds).toBe(2);
    const after = await third.listVersions('noord-limburg/wmo/S1b');
    expect(after.length).toBe(versions.length + 1);
    // Documents that did not change keep their identity, so their compiled rules are reused.
    expect(after[0]).toBe(versions[0]);
    expect(await third.sharedRulesOf(after[0])).toBe(shared);
  });
});
