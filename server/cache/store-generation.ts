/**
 * The store's generation: a number that changes whenever a published version is added (also by another server
 * instance on the same database). Every publish bumps rulesets.latest_version and seeding adds rule sets, so the
 * sum of latest versions plus the number of rule sets moves with every change a decision depends on (regions and
 * shared rules only change through seeding). One small indexed read, compiled once.
 */
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../store/schema';

export class StoreGeneration {
  private readonly query: CompiledQuery<{ generation: number | string | null }>;

  constructor(private readonly db: Kysely<Database>) {
    this.query = db
      .selectFrom('rulesets')
      .select(sql<number | string | null>`coalesce(sum(latest_version), 0) + count(*)`.as('generation'))
      .compile();
  }

  /** The current generation as a string (PostgreSQL returns bigint sums as text). */
  async read(): Promise<string> {
    const result = await this.db.executeQuery(this.query);
    return String(result.rows[0]?.generation ?? 0);
  }
}
