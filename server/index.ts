/**
 * Starts the Sturing server: the only file that listens. PORT (3000),
 * STURING_DATA_DIR (./data), DATABASE_URL (PostgreSQL; SQLite otherwise),
 * STURING_ADMIN_TOKEN (else generated into data/admin-token).
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { PACKAGE_ROOT } from '../engine/node';
import { createApp } from './app';
import { openDatabase } from './store/database';
import { RuleStore } from './store/rule-store';
import { seedFromFiles } from './store/seed-from-files';
import { TokenStore, generateToken } from './store/token-store';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.STURING_DATA_DIR ?? 'data');

async function ensureAdminToken(tokens: TokenStore): Promise<{ token?: string; file?: string }> {
  const file = join(dataDir, 'admin-token');
  const fromEnv = process.env.STURING_ADMIN_TOKEN;
  if (fromEnv) {
    await tokens.add(fromEnv, { role: 'beheerder', name: 'beheerder' }, 'systeem');
    return { token: fromEnv };
  }
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    await tokens.add(token, { role: 'beheerder', name: 'beheerder' }, 'systeem');
    return { token, file };
  }
  if (await tokens.hasRole('beheerder')) return {};
  const token = generateToken();
  writeFileSync(file, token + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  await tokens.add(token, { role: 'beheerder', name: 'beheerder' }, 'systeem');
  return { token, file };
}

async function main(): Promise<void> {
  const handle = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir });
  const store = new RuleStore(handle);
  if (await store.isEmpty()) {
    try {
      const loaded = await seedFromFiles(store, join(PACKAGE_ROOT, 'rules'), join(PACKAGE_ROOT, 'test', 'regression'));
      logger.info(loaded, 'store geladen uit rules/ en test/regression/');
    } catch (error) {
      // Seeding is one transaction: when another instance seeded first, ours rolled back and the store is complete.
      if (await store.isEmpty()) throw error;
      logger.info('store al geladen door een andere instantie');
    }
  }
  const admin = await ensureAdminToken(new TokenStore(store.db, () => new Date().toISOString()));
  const editorDir = join(PACKAGE_ROOT, 'editor', 'dist');
  const app = createApp({ store, logger, editorDir: existsSync(editorDir) ? editorDir : undefined });
  const server = app.listen(port, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    logger.info({ port: actualPort, store: handle.location }, 'Sturing luistert');
    console.log(`\nSturing draait op http://localhost:${actualPort}  (opslag: ${handle.location})`);
    if (admin.file) console.log(`Beheerderstoken: ${admin.file}`);
    if (admin.token) console.log(`Aanmelden: http://localhost:${actualPort}/#token=${admin.token}\n`);
  });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'afsluiten: lopende verzoeken worden afgemaakt');
    server.close(() => {
      void store.close().finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'starten mislukt');
  console.error(`Sturing kon niet starten: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
