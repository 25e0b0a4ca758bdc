/**
 * A hot read compiled once: the query builder's per-call cost (building, compiling, the driver's connection
 * hand-off) is paid at start-up, not per request. On SQLite the compiled SQL runs as a prepared statement on the
 * connection itself (synchronous); with `remember`, an answer is kept while the database's change stamp stays the
 * same (nothing written by this connection, no commit by another), so a request that changes nothing costs one
 * PRAGMA instead of a query. On PostgreSQL the compiled query is sent with new parameters every time.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { DatabaseHandle } from './database';
import type { Database } from './schema';

export type PreparedRead<Row> = (...parameters: readonly unknown[]) => Promise<Row | undefined>;

/** Answers kept at most, per read, between two changes (then forgotten, so random parameters cannot grow it). */
const REMEMBERED_MAX = 10_000;

/** The first row of `query` with `parameters` in place of the ones it was compiled with; rows are shared, never change them. */
export function preparedRead<Row>(
  handle: Pick<DatabaseHandle, 'db' | 'sqlite' | 'changeStamp'> & { db: Kysely<Database> },
  query: CompiledQuery<Row>,
  options: { remember?: boolean } = {},
): PreparedRead<Row> {
  const { sqlite, changeStamp } = handle;
  if (sqlite) {
    const statement = sqlite.prepare(query.sql);
    const read = (parameters: readonly unknown[]) => statement.get(...parameters) as Row | undefined;
    if (!options.remember || !changeStamp) return (...parameters) => Promise.resolve(read(parameters));
    let stampOfAnswers = '';
    const answers = new Map<string, Row | undefined>();
    return (...parameters) => {
      const stamp = changeStamp();
      if (stamp !== stampOfAnswers || answers.size >= REMEMBERED_MAX) {
        answers.clear();
        stampOfAnswers = stamp;
      }
      const key = parameters.length === 1 ? String(parameters[0]) : JSON.stringify(parameters);
      if (!answers.has(key)) answers.set(key, read(parameters));
      return Promise.resolve(answers.get(key));
    };
  }
  const db = handle.db;
  return async (...parameters) => (await db.executeQuery<Row>({ ...query, parameters })).rows[0];
}
