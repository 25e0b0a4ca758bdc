/** Versioned migrations, run by Kysely's Migrator on start (it locks, so several instances may start at once). */
import { sql, type Kysely, type Migration } from 'kysely';
import { migrateDecisionKeys } from './decision-keys-migration';

export type Dialect = 'sqlite' | 'postgres';

/** The migrations in order; the dialect decides the auto-increment type. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('regions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('document', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('shared_rules')
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('shared_rules_pk', ['id', 'version'])
          .execute();
        await db.schema
          .createTable('rulesets')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('region_id', 'text', (c) => c.notNull())
          .addColumn('domain', 'text', (c) => c.notNull())
          .addColumn('segment', 'text', (c) => c.notNull())
          .addColumn('latest_version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('versions')
          .addColumn('ruleset_id', 'text', (c) => c.notNull().references('rulesets.id'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('effective_from', 'text', (c) => c.notNull())
          .addColumn('effective_to', 'text')
          .addColumn('content_hash', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('change_note', 'text', (c) => c.notNull())
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('versions_pk', ['ruleset_id', 'version'])
          .execute();
        await db.schema
          .createTable('drafts')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('ruleset_id', 'text', (c) => c.notNull().references('rulesets.id'))
          .addColumn('base_version', 'integer')
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('suites')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('ruleset_id', 'text', (c) => c.notNull())
          .addColumn('document', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('audit')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('before_hash', 'text')
          .addColumn('after_hash', 'text')
          .addColumn('detail', 'text')
          .execute();
        await db.schema
          .createTable('tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('test_runs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('ruleset_id', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('total', 'integer', (c) => c.notNull())
          .addColumn('done', 'integer', (c) => c.notNull())
          .addColumn('passed', 'integer', (c) => c.notNull())
          .addColumn('failed', 'integer', (c) => c.notNull())
          .addColumn('results', 'text')
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('finished_at', 'text')
          .execute();
        await db.schema.createIndex('drafts_ruleset').on('drafts').column('ruleset_id').execute();
        await db.schema.createIndex('audit_target').on('audit').column('target').execute();
        await db.schema.createIndex('suites_ruleset').on('suites').column('ruleset_id').execute();
        // Audit is append-only: the store never updates or deletes it; PostgreSQL enforces that too.
        if (dialect === 'postgres') {
          await sql`create or replace function audit_append_only() returns trigger as $$ begin raise exception 'audit is append-only'; end $$ language plpgsql`.execute(
            db,
          );
          await sql`create trigger audit_no_change before update or delete on audit for each row execute function audit_append_only()`.execute(db);
        } else {
          await sql`create trigger audit_no_update before update on audit begin select raise(abort, 'audit is append-only'); end`.execute(db);
          await sql`create trigger audit_no_delete before delete on audit begin select raise(abort, 'audit is append-only'); end`.execute(db);
        }
      },
    },
    '002-suite-reviews': {
      async up(db: Kysely<unknown>) {
        // A suite's revision guards read-modify-write of its document (an intended change rewrites an expectation).
        await db.schema
          .alterTable('suites')
          .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
          .execute();
        // Every judgement of a changed suite case: intended (beoogd, expectation updated) or regression (regressie, publish keeps refusing).
        await db.schema
          .createTable('suite_reviews')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('ruleset_id', 'text', (c) => c.notNull())
          .addColumn('suite_id', 'text', (c) => c.notNull())
          .addColumn('case_index', 'integer', (c) => c.notNull())
          .addColumn('case_name', 'text', (c) => c.notNull())
          .addColumn('draft_id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('verdict', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('expected_before', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('suite_reviews_ruleset').on('suite_reviews').column('ruleset_id').execute();
      },
    },
    '003-decision-keys': {
      async up(db: Kysely<unknown>) {
        // A decision's keys are English: `ontbrekend` → `missing` in stored suite expectations, judgements and run results.
        await migrateDecisionKeys(db);
      },
    },
    '004-token-lifecycle': {
      async up(db: Kysely<unknown>) {
        // Tokens get a public id (for listing and revoking; never the secret), last use, optional expiry and revocation.
        await db.schema.alterTable('tokens').addColumn('id', 'text').execute();
        await db.schema.alterTable('tokens').addColumn('last_used_at', 'text').execute();
        await db.schema.alterTable('tokens').addColumn('expires_at', 'text').execute();
        await db.schema.alterTable('tokens').addColumn('revoked_at', 'text').execute();
        await db.schema.alterTable('tokens').addColumn('revoked_by', 'text').execute();
        // Existing tokens: a public id derived from (not revealing) the hash.
        await sql`update tokens set id = 'tok_' || substr(token_hash, 1, 16) where id is null`.execute(db);
        await db.schema.createIndex('tokens_id').on('tokens').column('id').unique().execute();
      },
    },
  };
}
