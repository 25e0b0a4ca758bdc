// Migration 003 rewrites stored suite expectations, judgements and test-run results from the old Dutch decision keys.
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../server/store/migrations';
import { openDatabase, type DatabaseConfig } from '../../server/store/database';
import { migrateDecision } from '../../server/store/decision-keys-migration';
import { createTestDatabase, DIALECTS, type Dialect } from './harness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rawDb(dialect: Dialect, config: DatabaseConfig): Kysely<any> {
  if ('databaseUrl' in config) return new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.databaseUrl, max: 2 }) }) });
  mkdirSync(config.dataDir, { recursive: true });
  return new Kysely({ dialect: new SqliteDialect({ database: new BetterSqlite3(join(config.dataDir, 'sturing.sqlite')) }) });
}

const oldSuite = {
  title: 'Fictieve suite',
  ruleset: 'r',
  cases: [
    {
      name: 'a',
      case: {},
      expect: { findings: ['X'], ontbrekend: ['casus:$.a'] },
      wijzigingen: [{ versie: 2, toelichting: 't', door: 'd', datum: '2026-01-01', vorigeVerwachting: { findings: [], ontbrekend: [] } }],
    },
    { name: 'b', case: {}, expect: { findings: [] } },
  ],
};

const drops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (drops.length) await drops.pop()?.();
});

describe.each(DIALECTS)('migration 003 on %s', (dialect) => {
  it('renames ontbrekend to missing in suites, judgements and run results, and leaves the rest', async () => {
    const database = await createTestDatabase(dialect);
    drops.push(database.drop);
    const db = rawDb(dialect, database.config);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations(dialect) } });
    expect((await migrator.migrateTo('002-suite-reviews')).error).toBeUndefined();
    await db
      .insertInto('suites')
      .values({ id: 's', ruleset_id: 'r', document: JSON.stringify(oldSuite, null, 2) })
      .execute();
    await db
      .insertInto('suite_reviews')
      .values({
        ruleset_id: 'r',
        suite_id: 's',
        case_index: 0,
        case_name: 'a',
        draft_id: 'd',
        version: 2,
        verdict: 'beoogd',
        note: 'n',
        actor: 'a',
        at: '2026-01-01',
        expected_before: JSON.stringify({ findings: [], ontbrekend: ['casus:$.a'] }),
        outcome: JSON.stringify({ findings: ['X'], ontbrekend: [] }),
      })
      .execute();
    const oldResults = [
      {
        suite: 's',
        name: 'a',
        index: 0,
        passed: true,
        expected: { findings: [], ontbrekend: [] },
        actual: { findings: [], info: [], ontbrekend: [] },
        missing: ['Y'],
      },
    ];
    await db
      .insertInto('test_runs')
      .values({
        id: 't',
        ruleset_id: 'r',
        target: 'v1',
        status: 'klaar',
        total: 1,
        done: 1,
        passed: 1,
        failed: 0,
        results: JSON.stringify(oldResults),
        actor: 'a',
        created_at: '2026-01-01',
      })
      .execute();
    await db.destroy();

    const handle = await openDatabase(database.config);
    try {
      const suite = JSON.parse((await handle.db.selectFrom('suites').select('document').executeTakeFirstOrThrow()).document);
      expect(suite.cases[0].expect).toEqual({ findings: ['X'], missing: ['casus:$.a'] });
      expect(suite.cases[0].wijzigingen[0].vorigeVerwachting).toEqual({ findings: [], missing: [] });
      expect(suite.cases[1].expect).toEqual({ findings: [] });
      expect(suite.title).toBe('Fictieve suite');
      const review = await handle.db.selectFrom('suite_reviews').selectAll().executeTakeFirstOrThrow();
      expect(JSON.parse(review.expected_before)).toEqual({ findings: [], missing: ['casus:$.a'] });
      expect(JSON.parse(review.outcome)).toEqual({ findings: ['X'], missing: [] });
      const run = await handle.db.selectFrom('test_runs').select('results').executeTakeFirstOrThrow();
      const [result] = JSON.parse(run.results as string);
      expect(result.expected).toEqual({ findings: [], missing: [] });
      expect(result.actual).toEqual({ findings: [], info: [], missing: [] });
      // The run result's own `missing` (codes expected but absent) is untouched.
      expect(result.missing).toEqual(['Y']);
    } finally {
      await handle.db.destroy();
    }
  });
});

describe('a stored decision', () => {
  it('gets every renamed key in English', () => {
    const old = {
      findings: [{ code: 'A', advies: 'doe iets', onderwerp: { perceel: 'lokaal' } }],
      ontbrekend: [{ fact: 'aanbieder', rules: ['r'], onderwerpen: ['x op lokaal'] }],
      undecidedRules: [{ ruleId: 'r', code: 'A', onderwerp: { perceel: 'lokaal' } }],
      summary: { fout: 1, waarschuwing: 0, info: 0, regelsGeevalueerd: 3 },
    };
    expect(migrateDecision(old)).toEqual({
      findings: [{ code: 'A', advice: 'doe iets', about: { perceel: 'lokaal' } }],
      missing: [{ fact: 'aanbieder', rules: ['r'], affected: ['x op lokaal'] }],
      undecidedRules: [{ ruleId: 'r', code: 'A', about: { perceel: 'lokaal' } }],
      summary: { fout: 1, waarschuwing: 0, info: 0, rulesEvaluated: 3 },
    });
  });
});
