/**
 * Migration 003: a decision's keys in one language. Rewrites stored JSON that
 * still carries the old Dutch structural keys (`ontbrekend`, `onderwerp`,
 * `onderwerpen`, `advies` of a finding, `regelsGeevalueerd`) to their English
 * names — suite expectations, judgements and test-run results. Works on
 * SQLite and PostgreSQL alike (documents are text).
 */
import type { Kysely } from 'kysely';

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function renameKey(object: Record<string, Json>, from: string, to: string): void {
  if (!(from in object) || to in object) return;
  const entries = Object.entries(object).map(([key, value]) => [key === from ? to : key, value] as const);
  for (const key of Object.keys(object)) delete object[key];
  for (const [key, value] of entries) object[key] = value;
}

/** A suite expectation (`expect`, `vorigeVerwachting`, `expected`, `actual`, an outcome): `ontbrekend` → `missing`. */
export function migrateExpectation(value: Json): Json {
  if (isObject(value)) renameKey(value, 'ontbrekend', 'missing');
  return value;
}

/** A decision, should one be stored: every renamed key of the decision, its findings, missing facts and undecided rules. */
export function migrateDecision(value: Json): Json {
  if (!isObject(value)) return value;
  renameKey(value, 'ontbrekend', 'missing');
  if (isObject(value.summary)) renameKey(value.summary, 'regelsGeevalueerd', 'rulesEvaluated');
  for (const finding of Array.isArray(value.findings) ? value.findings : []) {
    if (!isObject(finding)) continue;
    renameKey(finding, 'advies', 'advice');
    renameKey(finding, 'onderwerp', 'about');
  }
  for (const rule of Array.isArray(value.undecidedRules) ? value.undecidedRules : []) if (isObject(rule)) renameKey(rule, 'onderwerp', 'about');
  for (const fact of Array.isArray(value.missing) ? value.missing : []) if (isObject(fact)) renameKey(fact, 'onderwerpen', 'affected');
  return value;
}

/** A regression suite document: each case's expectation and the expectations its change history replaced. */
export function migrateSuiteDocument(value: Json): Json {
  if (!isObject(value) || !Array.isArray(value.cases)) return value;
  for (const testCase of value.cases) {
    if (!isObject(testCase)) continue;
    migrateExpectation(testCase.expect);
    for (const change of Array.isArray(testCase.wijzigingen) ? testCase.wijzigingen : []) if (isObject(change)) migrateExpectation(change.vorigeVerwachting);
  }
  return value;
}

/** The results of a test run: per case `expected` and `actual`, and a decision if one was kept. */
export function migrateTestRunResults(value: Json): Json {
  if (!Array.isArray(value)) return value;
  for (const result of value) {
    if (!isObject(result)) continue;
    migrateExpectation(result.expected);
    migrateExpectation(result.actual);
    if (result.decision !== undefined) migrateDecision(result.decision);
  }
  return value;
}

/** The rewritten text, or null when the document needs no change (or is not JSON: left as is). */
function rewrite(text: string, transform: (value: Json) => Json): string | null {
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const before = JSON.stringify(parsed);
  const after = JSON.stringify(transform(parsed));
  return after === before ? null : after;
}

// Migrations run against whatever the schema was at that point, so they use an untyped handle.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

async function rewriteColumn(db: AnyDb, table: string, key: string, column: string, transform: (value: Json) => Json): Promise<void> {
  const rows = (await db.selectFrom(table).select([key, column]).execute()) as Record<string, unknown>[];
  for (const row of rows) {
    const text = row[column];
    if (typeof text !== 'string') continue;
    const next = rewrite(text, transform);
    if (next !== null)
      await db
        .updateTable(table)
        .set({ [column]: next })
        .where(key, '=', row[key])
        .execute();
  }
}

export async function migrateDecisionKeys(db: AnyDb): Promise<void> {
  await rewriteColumn(db, 'suites', 'id', 'document', migrateSuiteDocument);
  await rewriteColumn(db, 'suite_reviews', 'id', 'expected_before', migrateExpectation);
  await rewriteColumn(db, 'suite_reviews', 'id', 'outcome', migrateExpectation);
  await rewriteColumn(db, 'test_runs', 'id', 'results', migrateTestRunResults);
}
