/**
 * Request and response types of the Sturing API: the routes answer with them, the OpenAPI document describes
 * them (a generated client is type-checked against these in `npm test`) and the editor's client reads them.
 * Types only: importing this module adds nothing to a bundle.
 */
import type { Decision, Issue, RuleSetVersion } from '../../engine/src/model';
import type { FastDecision } from '../../engine/src/evaluate';
import type { ImpactReport } from '../../engine/src/impact';
import type { CaseResult } from '../../engine/src/testing';
import type { MessageProblem } from '../../engine/src/messages';

export type { Issue };

/** An application/problem+json answer. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable UPPER_SNAKE code. */
  code: string;
  issues: Issue[];
  instance?: string;
  requestId?: string;
  [extra: string]: unknown;
}

export type Role = 'lezer' | 'beleidsmedewerker' | 'vaststeller' | 'tester' | 'beheerder';

export interface Health {
  status: 'ok';
  engineVersion: string;
  store: 'sqlite' | 'postgres';
}

export interface Me {
  role: Role;
  name: string;
}

export interface CreatedToken {
  token: string;
  /** Public id, for listing and revoking (never the secret). */
  id: string;
  role: Role;
  name: string;
  /** When the token stops working, or null. */
  expiresAt: string | null;
}

/** One entry of the append-only audit trail. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  beforeHash: string | null;
  afterHash: string | null;
  detail: unknown;
}

/** A rule set in GET /api/rulesets. */
export interface RuleSetSummary {
  id: string;
  region: string;
  domain: string;
  segment: string;
  title: string;
  latestVersion: number;
}

/** A published version without its document. */
export interface VersionMeta {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  contentHash: string;
  author: string;
  changeNote: string;
  publishedAt: string;
}

/** GET …/versions/{n}: the version and its document. */
export interface VersionWithDocument extends VersionMeta {
  document: RuleSetVersion;
}

/** A draft with its current revision. */
export interface Draft {
  id: string;
  rulesetId: string;
  baseVersion: number | null;
  revision: number;
  etag: string;
  document: unknown;
  author: string;
  createdAt: string;
  updatedAt: string;
}

/** A draft as listed (without document) or answered (with document and the check's issues). */
export type DraftMeta = Omit<Draft, 'document'> & { document?: unknown; issues?: Issue[] };

/** GET /api/rulesets/{region}/{domain}/{segment}. */
export interface RuleSetDetail extends RuleSetSummary {
  versions: VersionMeta[];
  drafts: DraftMeta[];
}

/** POST …/drafts/{id}/publish. */
export interface PublishRequest {
  effectiveFrom: string;
  effectiveTo?: string | null;
  changeNote: string;
}

/** POST /api/evaluate. Exactly one of case, cases and providers. */
export type EvaluateRequest = {
  case?: Record<string, unknown>;
  cases?: Record<string, unknown>[];
  providers?: Record<string, unknown>;
  asOf?: string;
  /** Resolve among the versions as published on this date (default now): re-run a decision exactly as it was made. */
  kennisdatum?: string;
  version?: number;
  ruleset?: string;
  /** False: findings without explanations (faster); default true. */
  uitleg?: boolean;
  /** "referentie": run json-rules-engine (the reference semantics) instead of the compiled evaluator, for an audit. */
  engine?: 'referentie';
};

/** A case of a batch that could not be evaluated. */
export interface EvaluationError {
  code: string;
  status: number;
  detail: string;
  issues: Issue[];
}

/** POST /api/evaluate with `cases`: one entry per case, in order. */
export interface BatchEvaluation {
  decisions: ({ index: number; decision: Decision | FastDecision } | { index: number; error: EvaluationError })[];
  summary: { total: number; errors: number };
}

/** A regression run (POST /api/test-runs, GET /api/test-runs/{id}). */
export interface TestRunState {
  id: string;
  ruleset: string;
  target: { version?: number; draftId?: string };
  status: 'bezig' | 'klaar' | 'mislukt';
  total: number;
  done: number;
  passed: number;
  failed: number;
  /** Case results when klaar; one `{message}` when mislukt. */
  results?: (CaseRunResult | { message: string })[];
  createdAt: string;
  finishedAt: string | null;
}

/** One case's result in a run: the engine's CaseResult without the decision, plus its suite. */
export type CaseRunResult = Omit<CaseResult, 'decision'> & { suite: string };

/** POST /api/impact. */
export interface ImpactRequest {
  ruleset: string;
  from: number;
  to?: number;
  draftId?: string;
  cases?: Record<string, unknown>[];
  population?: { year: number; seed: number; count: number; errorRate?: number };
  suites?: true;
  /** 301 messages as the population (allocations of the rule set's segment count). */
  berichten?: { naam: string; inhoud: string }[];
  gemeente?: string;
  examples?: number;
}

/** Where a suite case in the report came from: its id in the report is `<suiteId>/<index>`. */
export interface SuiteCaseRef {
  suiteId: string;
  index: number;
  name: string;
}

/** The answer of POST /api/impact: the CLI's JSON report plus where the cases and the new version came from. */
export interface ImpactResponse extends ImpactReport {
  /** The draft compared (its future version is `toVersion`), or null for two published versions. */
  concept: string | null;
  bron: 'casussen' | 'populatie' | 'suites' | 'berichten';
  /** Only for `bron: 'berichten'`: what could not be read or mapped, with its place. */
  berichtProblemen?: MessageProblem[];
  /** Only for `bron: 'suites'`: report case id → suite case. */
  suiteCases?: Record<string, SuiteCaseRef>;
}
