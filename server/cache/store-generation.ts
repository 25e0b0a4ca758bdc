/**
 * The store's generation: a number that changes whenever a published version is added (also by another server
 * instance on the same database). Every publish bumps rulesets.latest_version and seeding adds rule sets, so the
 * sum of latest versions plus the number of rule sets moves with every change a decision depends on (regions and
 * shared rules only change through seeding). One small indexed read, compiled once.
 */
import { sql } from 'kysely';
import type { DatabaseHandle } from '../store/database';
import { preparedRead, type PreparedRead } from '../store/prepared-read';

const GENERATION = sql<number | string | null>`coalesce(sum(latest_version), 0) + count(*)`;

export class StoreGeneration {
  private readonly query: PreparedRead<{ generation: number | string | null }>;

  constructor(handle: DatabaseHandle) {
    this.query = preparedRead(handle, handle.db.selectFrom('rulesets').select(GENERATION.as('generation')).compile(), { remember: true });
  }

  /** The current generation as a string (PostgreSQL returns bigint sums as text). */
  async read(): Promise<string> {
    return String((await this.query())?.generation ?? 0);
  }
}
