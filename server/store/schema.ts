/** The database tables, shared by the SQLite and PostgreSQL stores. JSON documents are stored as text. */
import type { Generated } from 'kysely';

export interface RegionTable {
  id: string;
  document: string;
}

export interface SharedRulesTable {
  id: string;
  version: number;
  content_hash: string;
  document: string;
}

export interface RulesetTable {
  id: string;
  region_id: string;
  domain: string;
  segment: string;
  /** The highest published version number; incremented under a row lock when publishing. */
  latest_version: number;
  created_at: string;
}

export interface VersionTable {
  ruleset_id: string;
  version: number;
  effective_from: string;
  effective_to: string | null;
  content_hash: string;
  document: string;
  author: string;
  change_note: string;
  published_at: string;
}

export interface DraftTable {
  id: string;
  ruleset_id: string;
  base_version: number | null;
  /** Incremented on every save; the ETag is derived from it. */
  revision: number;
  document: string;
  author: string;
  created_at: string;
  updated_at: string;
}

export interface SuiteTable {
  id: string;
  ruleset_id: string;
  document: string;
  /** Incremented on every rewrite of the document (migration 002). */
  revision: Generated<number>;
}

/** A tester's judgement of a suite case whose outcome a draft changes (migration 002). */
export interface SuiteReviewTable {
  id: Generated<number>;
  ruleset_id: string;
  suite_id: string;
  case_index: number;
  case_name: string;
  draft_id: string;
  /** The version the draft would become when judged. */
  version: number;
  verdict: 'beoogd' | 'regressie';
  note: string;
  actor: string;
  at: string;
  /** JSON: the expectation before. */
  expected_before: string;
  /** JSON: the outcome under the draft. */
  outcome: string;
  /** open (pending until the draft is published), ingetrokken (undone), vervangen (a newer judgement), vervallen (draft discarded), toegepast (published). */
  status: Generated<ReviewStatus>;
  /** The draft revision the tester judged (null for judgements from before revisions were recorded). */
  draft_revision: number | null;
}

export type ReviewStatus = 'open' | 'ingetrokken' | 'vervangen' | 'vervallen' | 'toegepast';

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  before_hash: string | null;
  after_hash: string | null;
  detail: string | null;
}

export interface TokenTable {
  token_hash: string;
  /** Public id for listing and revoking (migration 004); the secret itself is never stored. */
  id: string | null;
  role: string;
  name: string;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  /** ISO timestamp after which the token no longer signs in; null: no expiry. */
  expires_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface TestRunTable {
  id: string;
  ruleset_id: string;
  target: string;
  status: string;
  total: number;
  done: number;
  passed: number;
  failed: number;
  results: string | null;
  actor: string;
  created_at: string;
  finished_at: string | null;
}

export interface Database {
  regions: RegionTable;
  shared_rules: SharedRulesTable;
  rulesets: RulesetTable;
  versions: VersionTable;
  drafts: DraftTable;
  suites: SuiteTable;
  suite_reviews: SuiteReviewTable;
  audit: AuditTable;
  tokens: TokenTable;
  test_runs: TestRunTable;
}
