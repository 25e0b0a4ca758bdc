// The access log: one line per request with method, path, status and duration — never the token, the query
// string or the body (a case may carry a BSN).
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { startTestServer, type TestServer } from './harness';

describe('request log', () => {
  let base: TestServer;
  let server: Server;
  let url: string;
  const lines: string[] = [];
  beforeAll(async () => {
    base = await startTestServer('sqlite');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    server = await new Promise<Server>((resolve) => {
      const s = createApp({ store: base.store, logger: pino({ level: 'info' }, sink) }).listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await base?.close();
  });

  it('logs method, path, status and request id, and no token, query or body', async () => {
    const response = await fetch(`${url}/api/evaluate?bsn=123456782`, {
      method: 'POST',
      headers: { authorization: `Bearer ${base.tokens.lezer}`, 'content-type': 'application/json', 'x-request-id': 'log-test-1' },
      body: JSON.stringify({ case: { id: 'fictief', bsn: '123456782' } }),
    });
    expect(response.status).toBe(400);
    await response.text();
    const line = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.requestId === 'log-test-1');
    expect(line).toMatchObject({ method: 'POST', path: '/api/evaluate', status: 400 });
    expect(typeof line?.ms).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain(base.tokens.lezer);
    expect(all).not.toContain('123456782');
  });
});
