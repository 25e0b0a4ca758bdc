/**
 * A hot read compiled once: the query builder's per-call cost (building, compiling, the driver's connection
 * hand-off) is paid at start-up, not per request. On SQLite the compiled SQL runs as a prepared statement on the
 * connection itself (synchronous, microseconds); on PostgreSQL the compiled query is sent with new parameters.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { DatabaseHandle } from './database';
import type { Database } from './schema';

export type PreparedRead<Row> = (...parameters: readonly unknown[]) => Promise<Row | undefined>;

/** The first row of `query` with `parameters` in place of the ones it was compiled with. */
export function preparedRead<Row>(handle: { db: Kysely<Database>; sqlite?: DatabaseHandle['sqlite'] }, query: CompiledQuery<Row>): PreparedRead<Row> {
  if (handle.sqlite) {
    const statement = handle.sqlite.prepare(query.sql);
    return (...parameters) => Promise.resolve(statement.get(...parameters) as Row | undefined);
  }
  const db = handle.db;
  return async (...parameters) => (await db.executeQuery<Row>({ ...query, parameters })).rows[0];
}
