/**
 * The bare Express endpoint the API measurement compares with: POST /api/evaluate parses the JSON body and
 * answers with a fixed JSON body (a real decision of the workload, read from BENCH_BARE_BODY), nothing else.
 * Run as a child process of the bench on 127.0.0.1; prints "port <n>" when ready.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';

const file = process.env.BENCH_BARE_BODY;
if (!file) throw new Error('BENCH_BARE_BODY is nodig');
const body: unknown = JSON.parse(readFileSync(file, 'utf8'));
const app = express();
app.disable('x-powered-by');
app.set('etag', false);
app.post('/api/evaluate', express.json({ limit: '2mb' }), (_req, res) => {
  res.json(body);
});
const server = app.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
