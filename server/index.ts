/**
 * Starts the Sturing server: the only file that listens. PORT (3000),
 * STURING_DATA_DIR (./data), DATABASE_URL (PostgreSQL; SQLite otherwise),
 * STURING_ADMIN_TOKEN (else generated into data/admin-token), HOST (127.0.0.1),
 * STURING_AANMELDLINK=1 (print the sign-in link also when the admin token is not new).
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { pino } from 'pino';
import { PACKAGE_ROOT } from '../engine/node';
import { createApp } from './app';
import { openDatabase } from './store/database';
import { RuleStore } from './store/rule-store';
import { seedFromFiles } from './store/seed-from-files';
import { SYSTEM_ACTOR, TokenStore, generateToken } from './store/token-store';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const port = Number(process.env.PORT ?? 3000);
/** The interface to listen on: loopback unless HOST says otherwise (HOST=0.0.0.0 for every interface, e.g. in a container). */
const host = process.env.HOST ?? '127.0.0.1';
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const dataDir = resolve(process.env.STURING_DATA_DIR ?? 'data');

interface AdminToken {
  token: string;
  /** Where it is kept, when it was generated into a file. */
  file?: string;
  /** Newly registered on this start (first start, or a rotation): the sign-in link is printed then. */
  isNew: boolean;
}

/**
 * The admin token: STURING_ADMIN_TOKEN, else data/admin-token, else a new one written there. A token that is not
 * the registered one replaces it (rotation): the previous start-up admin tokens are revoked and that is audited.
 * Tokens made through the API are left alone.
 */
async function ensureAdminToken(store: RuleStore, tokens: TokenStore): Promise<AdminToken> {
  const file = join(dataDir, 'admin-token');
  const fromEnv = process.env.STURING_ADMIN_TOKEN;
  let chosen: AdminToken;
  if (fromEnv) chosen = { token: fromEnv, isNew: false };
  else if (existsSync(file)) chosen = { token: readFileSync(file, 'utf8').trim(), file, isNew: false };
  else {
    const token = generateToken();
    writeFileSync(file, token + '\n', { mode: 0o600 });
    chmodSync(file, 0o600);
    chosen = { token, file, isNew: true };
  }
  const known = await tokens.isActive(chosen.token);
  if (!known && (await tokens.get(await tokens.add(chosen.token, { role: 'beheerder', name: 'beheerder' }, SYSTEM_ACTOR)))?.status === 'ingetrokken') {
    throw new Error(
      `het beheerderstoken${chosen.file ? ` in ${chosen.file}` : ' in STURING_ADMIN_TOKEN'} is ingetrokken; kies een nieuw token (of verwijder het bestand)`,
    );
  }
  const revoked = await tokens.revokeSystemAdminTokensExcept(chosen.token, SYSTEM_ACTOR);
  if (revoked.length > 0) {
    await store.appendAudit(store.db, {
      actor: SYSTEM_ACTOR,
      action: 'beheerderstoken-vervangen',
      target: 'tokens',
      beforeHash: null,
      afterHash: null,
      detail: { ingetrokken: revoked, bron: fromEnv ? 'STURING_ADMIN_TOKEN' : 'admin-token' },
    });
    logger.info({ ingetrokken: revoked.length }, 'beheerderstoken vervangen; het vorige is ingetrokken');
  }
  return { ...chosen, isNew: chosen.isNew || !known };
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
  const admin = await ensureAdminToken(store, new TokenStore(store.handle, () => new Date().toISOString()));
  const editorDir = join(PACKAGE_ROOT, 'editor', 'dist');
  // Large evaluate bodies (batches) on worker threads, one per core.
  const app = createApp({ store, logger, editorDir: existsSync(editorDir) ? editorDir : undefined, evaluationWorkers: availableParallelism() });
  const server = app.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shown = LOOPBACK.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    logger.info({ host, port: actualPort, store: handle.location }, 'Sturing luistert');
    const lines = [`\nSturing draait op http://${shown}:${actualPort}  (opslag: ${handle.location}; luistert op ${host})`];
    if (admin.file) lines.push(`Beheerderstoken: ${admin.file}`);
    // The link carries the secret: only when the token is new (first start, rotation) or on request.
    if (admin.isNew || process.env.STURING_AANMELDLINK === '1') lines.push(`Aanmelden: http://${shown}:${actualPort}/#token=${admin.token}\n`);
    console.log(lines.join('\n'));
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
