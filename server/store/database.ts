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
  /**
   * SQLite only: a stamp that changes whenever anything may have changed in the database — a write through any
   * connection of this thread (at once), or a commit by another process such as another server instance (PRAGMA
   * data_version, read once per turn of the event loop). Equal stamps mean nothing was written in between, so a hot
   * read may be answered from memory.
   */
  changeStamp?: () => string;
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
 * text (bounded) and reused when not busy (a statement being iterated gets a fresh one). Every statement that is
 * not read-only counts in `counter.writes` when it runs, for the change stamp.
 */
/** Statements that may write, run through any connection of this thread. */
const counter = { writes: 0 };

function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  // A statement that may write (INSERT … RETURNING is a reader too) counts when it runs.
  const counted = (statement: BetterSqlite3.Statement): ReturnType<SqliteDatabase['prepare']> =>
    statement.readonly
      ? statement
      : {
          reader: statement.reader,
          all: (parameters) => (counter.writes++, statement.all(parameters)),
          iterate: (parameters) => (counter.writes++, statement.iterate(parameters)),
          run: (parameters) => (counter.writes++, statement.run(parameters)),
        };
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return counted(cached);
      const statement = sqlite.prepare(sql);
      if (!cached) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statements.set(sql, statement);
      }
      return counted(statement);
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
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    // Read once per turn of the event loop: every request handled in one turn sees the same commits of other processes.
    let dataVersionThisTurn: string | undefined;
    const commitsElsewhere = (): string => {
      if (dataVersionThisTurn === undefined) {
        dataVersionThisTurn = String(dataVersion.get());
        setImmediate(() => (dataVersionThisTurn = undefined));
      }
      return dataVersionThisTurn;
    };
    handle = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
      dialect: 'sqlite',
      location: file,
      sqlite,
      config,
      changeStamp: () => `${commitsElsewhere()}:${counter.writes}`,
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
