/**
 * The real server for the API measurement (e), run as a child process of
 * the bench: createApp on a fresh SQLite store in STURING_DATA_DIR, seeded
 * from rules/, with STURING_ADMIN_TOKEN as the administrator's token,
 * listening on 127.0.0.1 on a free port. Prints "port <n>" when ready.
 */
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { PACKAGE_ROOT } from '../engine/node';
import { createApp } from '../server/app';
import { openDatabase } from '../server/store/database';
import { RuleStore } from '../server/store/rule-store';
import { seedFromFiles } from '../server/store/seed-from-files';
import { TokenStore } from '../server/store/token-store';

const dataDir = process.env.STURING_DATA_DIR;
const token = process.env.STURING_ADMIN_TOKEN;
if (!dataDir || !token) throw new Error('STURING_DATA_DIR en STURING_ADMIN_TOKEN zijn nodig');
const store = new RuleStore(await openDatabase({ dataDir }));
await seedFromFiles(store, join(PACKAGE_ROOT, 'rules'), join(PACKAGE_ROOT, 'test', 'regression'));
await new TokenStore(store.handle, () => new Date().toISOString()).add(token, { role: 'beheerder', name: 'bench' }, 'bench');
// As server/index.ts starts it: large evaluate bodies on worker threads, one per core.
const app = createApp({ store, logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }), evaluationWorkers: availableParallelism() });
const server = app.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as AddressInfo).port}`));
process.on('SIGTERM', () => server.close(() => void store.close().finally(() => process.exit(0))));
