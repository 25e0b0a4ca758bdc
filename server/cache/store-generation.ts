/**
 * The store's generation: a number that changes whenever a published version is added (also by another server
 * instance on the same database). Every publish bumps rulesets.latest_version and seeding adds rule sets, so the
 * sum of latest versions plus the number of rule sets moves with every change a decision depends on (regions and
 * shared rules only change through seeding). One small indexed read, compiled once.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { DatabaseHandle } from '../store/database';
import type { Database } from '../store/schema';

const GENERATION = sql<number | string | null>`coalesce(sum(latest_version), 0) + count(*)`;

export class StoreGeneration {
  private readonly db: Kysely<Database>;
  private readonly query: CompiledQuery<{ generation: number | string | null }>;
  /** SQLite: the same query as a prepared statement on the connection, without the query builder's per-call cost. */
  private readonly direct: (() => unknown) | undefined;

  constructor(handle: DatabaseHandle) {
    this.db = handle.db;
    this.query = this.db.selectFrom('rulesets').select(GENERATION.as('generation')).compile();
    if (handle.sqlite) {
      const statement = handle.sqlite.prepare(this.query.sql).pluck();
      this.direct = () => statement.get();
    }
  }

  /** The current generation as a string (PostgreSQL returns bigint sums as text). */
  async read(): Promise<string> {
    if (this.direct) return String(this.direct() ?? 0);
    const result = await this.db.executeQuery(this.query);
    return String(result.rows[0]?.generation ?? 0);
  }
}
