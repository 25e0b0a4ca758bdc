// Security headers, CORS off, request ids, and graceful shutdown that finishes in-flight requests.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startTestServer, type TestServer } from './harness';
import { createApp, SECURITY_HEADERS } from '../../server/app';
import { API_HEADERS } from '../../server/http/security-headers';
import { spawnServer } from './spawn-server';

const example = JSON.parse(readFileSync(join(ROOT, 'examples/venlo-wmo-s1b-intensiteit-door-toegang.json'), 'utf8'));

describe('hardening', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends security headers and no CORS headers, even to a foreign origin', async () => {
    const response = await server.call('GET', '/api/regions', { headers: { origin: 'https://elders.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // A JSON answer is never a page: no scripts, no framing, no embedding by another origin.
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    const preflight = await server.call('OPTIONS', '/api/evaluate', {
      role: null,
      headers: { origin: 'https://elders.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('pages get exactly the headers helmet itself sets (worked out once at start-up, not per request); the API its own set', async () => {
    const reference = express();
    reference.disable('x-powered-by');
    reference.use(helmet(SECURITY_HEADERS));
    reference.get('/', (_req, res) => void res.end());
    const editorDir = mkdtempSync(join(tmpdir(), 'sturing-pagina-'));
    writeFileSync(join(editorDir, 'index.html'), '<!doctype html><title>Sturing</title>');
    const ours = createApp({ store: server.store, logger: pino({ level: 'silent' }), editorDir });
    const listening = [reference.listen(0, '127.0.0.1'), ours.listen(0, '127.0.0.1')];
    await Promise.all(listening.map((l) => once(l, 'listening')));
    const [referenceUrl, oursUrl] = listening.map((l) => `http://127.0.0.1:${(l.address() as AddressInfo).port}`);
    try {
      const expected = (await fetch(`${referenceUrl}/`)).headers;
      const page = (await fetch(`${oursUrl}/`)).headers;
      const names: string[] = [];
      expected.forEach((_value, name) => names.push(name));
      const helmetNames = names.filter((name) => !['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(name));
      expect(helmetNames.length).toBeGreaterThan(10);
      for (const name of helmetNames) expect([name, page.get(name)]).toEqual([name, expected.get(name)]);
      const api = (await fetch(`${oursUrl}/api/health`)).headers;
      for (const [name, value] of API_HEADERS) expect([name, api.get(name)]).toEqual([name, value]);
      expect(api.get('x-dns-prefetch-control')).toBeNull();
    } finally {
      for (const l of listening) l.close();
      rmSync(editorDir, { recursive: true, force: true });
    }
  });

  it('gives every response a request id, and echoes a caller’s', async () => {
    const own = await server.call('GET', '/api/health', { role: null, headers: { 'x-request-id': 'casus-123' } });
    expect(own.headers.get('x-request-id')).toBe('casus-123');
    const generated = await server.call('GET', '/api/nergens');
    expect(generated.status).toBe(404);
    expect(generated.json.requestId).toBe(generated.headers.get('x-request-id'));
  });

  it('never answers with a stack trace', async () => {
    const response = await server.call('POST', '/api/evaluate', { raw: '{"case": ', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('finishes in-flight requests on SIGTERM, then exits 0 (the batch was provably still running when the signal came)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sturing-shutdown-'));
    try {
      // Info logs: the shutdown line and each completed request are logged in order, synchronously, on stdout.
      const child = await spawnServer({ STURING_DATA_DIR: dataDir, STURING_ADMIN_TOKEN: 'shutdown-token', LOG_LEVEL: 'info' });
      const cases = Array.from({ length: 1500 }, (_, i) => ({ ...example, id: `C-${i}` }));
      const inFlight = fetch(`${child.url}/api/evaluate`, {
        method: 'POST',
        headers: { authorization: 'Bearer shutdown-token', 'content-type': 'application/json', 'x-request-id': 'batch-bij-afsluiten' },
        body: JSON.stringify({ cases }),
      });
      // Signal as soon as the server has the request: a health check answered after it was sent is answered while it runs.
      await new Promise((r) => setTimeout(r, 50));
      await fetch(`${child.url}/api/health`);
      const exited = new Promise<number | null>((r) => child.child.once('exit', (code) => r(code)));
      child.child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect((await response.json()).decisions).toHaveLength(1500);
      expect(await exited).toBe(0);
      const lines = child
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg?: string; requestId?: string });
      const signalled = lines.findIndex((l) => l.msg?.startsWith('afsluiten'));
      const finished = lines.findIndex((l) => l.requestId === 'batch-bij-afsluiten');
      expect(signalled, child.output().slice(-2000)).toBeGreaterThanOrEqual(0);
      expect(finished).toBeGreaterThan(signalled);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
