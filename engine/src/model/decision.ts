/** The decision (receipt) an evaluation returns: enough to reproduce it months later. */
import type { Severity } from './finding-codes';
import type { SourceRef } from './rule-set';

/** One condition of a rule with the values it saw; `held` is null when a missing fact left it undecided. */
export interface ConditionExplanation {
  fact: string;
  path?: string;
  operator: string;
  expected: unknown;
  /** Where the expected value came from, when it was a fact reference. */
  expectedFrom?: { fact: string; path?: string };
  actual: unknown;
  held: boolean | null;
}

export interface GroupExplanation {
  type: 'all' | 'any' | 'not';
  held: boolean | null;
  conditions: Explanation[];
}

export type Explanation = ConditionExplanation | GroupExplanation;

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  advice?: string;
  ruleId: string;
  ruleDescription: string;
  /** The policy choice the rule applied: pointer into the segment policy, its value, and whether a municipal override set it. */
  policyChoice: { pointer: string; value: unknown; override: boolean };
  source: SourceRef[];
  explanation: Explanation;
  /** Provider evaluation: the perceel and, for per-provider rules, the provider the finding is about. */
  about?: FindingSubject;
}

/** What a finding of a provider evaluation is about. */
export interface FindingSubject {
  perceel: string;
  aanbieder?: { id: string; naam: string };
}

/** A fact the case lacks, and the rules it left undecided. */
export interface MissingFact {
  fact: string;
  path?: string;
  rules: string[];
  /** Provider evaluation: the providers/percelen (as "aanbieder-id op perceel") that lack it. */
  affected?: string[];
}

export interface Decision {
  rulesetId: string;
  version: number;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  contentHash: string;
  sharedRules: { id: string; version: number; contentHash: string }[];
  engineVersion: string;
  asOf: string;
  /** What was evaluated: a case (default) or provider data. */
  subject?: 'casus' | 'aanbieders';
  /** The case's municipality; null for provider data (the regional policy applies). */
  gemeente: string | null;
  /** The case's perceel; null for provider data (every perceel is checked). */
  perceel: string | null;
  /** Pointers of the policy the municipality's override changed (empty: regional policy as is). */
  override: { gemeente: string; pointers: string[] } | null;
  findings: Finding[];
  missing: MissingFact[];
  undecidedRules: { ruleId: string; code: string; about?: FindingSubject }[];
  summary: { fout: number; waarschuwing: number; info: number; rulesEvaluated: number };
  /** The input as evaluated: `case` for a case, `providers` for provider data. */
  input: { case?: unknown; providers?: unknown };
}
