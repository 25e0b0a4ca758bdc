/** Opens the store's database: embedded SQLite (WAL, synchronous FULL) by default, PostgreSQL when a URL is given. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { migrations, type Dialect } from './migrations';
import type { Database } from './schema';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, for logs (never includes a password). */
  location: string;
  /** SQLite only: the connection itself, for the few hot reads that skip the query builder (e.g. the store generation). */
  sqlite?: BetterSqlite3.Database;
  /** How it was opened, so a worker thread can open the same store on a connection of its own. */
  config: DatabaseConfig;
}

export type DatabaseConfig = { databaseUrl: string } | { dataDir: string };

/** The URL with its password replaced by ***, for logs and messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running a small query. Statements are kept by SQL
 * text (bounded) and reused when not busy (a statement being iterated gets a fresh one).
 */
function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(sql);
      if (!cached) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Opens (and migrates) the database. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if ('databaseUrl' in config) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // An idle client dropped by the server (restart, failover) must not crash the process; queries report their own errors.
    pool.on('error', () => undefined);
    handle = { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', location: redactUrl(config.databaseUrl), config };
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    const file = join(config.dataDir, 'sturing.sqlite');
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    handle = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
      dialect: 'sqlite',
      location: file,
      sqlite,
      config,
    };
  }
  const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations(handle.dialect) } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await handle.db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return handle;
}
