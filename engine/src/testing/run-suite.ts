/** Runs a regression suite on the evaluation pipeline (compiled, traced): each case's findings against the exact expected set. Isomorphic, so the publish gate runs the same. */
import type { Decision } from '../model/decision';
import { isSturingError } from '../model/errors';
import { evaluateCase } from '../evaluate/evaluate-case';
import { evaluateProviders } from '../evaluate/evaluate-providers';
import type { RuleRepository } from '../model/repository';
import type { PipelineOptions } from '../evaluate/evaluate';

export interface SuiteCase {
  name: string;
  description?: string;
  /** A case, or instead `providers`: provider data for the contract and supplier checks. */
  case?: unknown;
  providers?: unknown;
  asOf?: string;
  ruleset?: string;
  version?: number;
  expect: SuiteExpectation;
  /** History of the expectation: every intended change of outcome, oldest first (optional). */
  wijzigingen?: SuiteCaseChange[];
}

export interface SuiteExpectation {
  findings: string[];
  info?: string[];
  /**
   * Optional, and exact when given: every finding (any severity) by code, severity and rule id — a finding whose
   * severity or rule changed fails the case — with, where given, how many times it occurs and its policy choice.
   */
  details?: ExpectedFinding[];
  /** Expected missing facts as `fact:path` (optional; the decision's `missing`). */
  missing?: string[];
  error?: string;
}

/** One expected finding group: code, severity and the rule that raises it. */
export interface ExpectedFinding {
  code: string;
  severity: 'fout' | 'waarschuwing' | 'info';
  ruleId: string;
  /** How many findings of this code, severity and rule (e.g. one per provider); absent: at least one. */
  count?: number;
  /** The policy choice (JSON pointer into the policy) the findings cite; absent: not checked. */
  policyChoice?: string;
}

/** The findings of a decision as detailed expectations, grouped by code, severity and rule, in first-seen order. */
export function detailsOf(findings: readonly Decision['findings'][number][]): ExpectedFinding[] {
  const groups = new Map<string, { code: string; severity: ExpectedFinding['severity']; ruleId: string; count: number; pointers: Set<string> }>();
  for (const f of findings) {
    const key = `${f.code}\u0000${f.severity}\u0000${f.ruleId}`;
    const group = groups.get(key) ?? { code: f.code, severity: f.severity, ruleId: f.ruleId, count: 0, pointers: new Set<string>() };
    group.count++;
    group.pointers.add(f.policyChoice?.pointer ?? '');
    groups.set(key, group);
  }
  return [...groups.values()].map(({ pointers, ...g }) => {
    const [pointer] = [...pointers];
    return pointers.size === 1 && pointer ? { ...g, policyChoice: pointer } : g;
  });
}

const describeExpected = (e: ExpectedFinding): string =>
  `${e.code} (${e.severity}, ${e.ruleId}${e.count !== undefined ? `, ${e.count}×` : ''}${e.policyChoice ? `, ${e.policyChoice}` : ''})`;

/** Compares detailed expectations with the actual findings; returns what is missing and what is unexpected, described. */
export function compareDetails(expected: readonly ExpectedFinding[], actual: readonly ExpectedFinding[]): { missing: string[]; unexpected: string[] } {
  const key = (e: ExpectedFinding): string => `${e.code}\u0000${e.severity}\u0000${e.ruleId}`;
  const actualByKey = new Map(actual.map((a) => [key(a), a]));
  const expectedKeys = new Set(expected.map(key));
  const missing: string[] = [];
  for (const e of expected) {
    const a = actualByKey.get(key(e));
    if (!a || (e.count !== undefined && a.count !== e.count) || (e.policyChoice !== undefined && a.policyChoice !== e.policyChoice)) {
      missing.push(describeExpected(e) + (a ? ` — kreeg ${describeExpected(a)}` : ''));
    }
  }
  const unexpected = actual.filter((a) => !expectedKeys.has(key(a))).map(describeExpected);
  return { missing, unexpected };
}

/** An intended change of a case's outcome: from version `versie` on, `expect` holds; before it, `vorigeVerwachting`. */
export interface SuiteCaseChange {
  versie: number;
  /** The draft that caused it, if any. */
  concept?: string;
  toelichting: string;
  door: string;
  datum: string;
  vorigeVerwachting: SuiteExpectation;
}

/**
 * The expectation for an evaluation by `version`: the case's `expect`, or,
 * for versions before an intended change, the expectation it replaced —
 * so an older published version still passes its suite.
 */
export function expectationFor(testCase: SuiteCase, version: number | undefined): SuiteExpectation {
  let expected = testCase.expect;
  if (version === undefined) return expected;
  for (const change of [...(testCase.wijzigingen ?? [])].reverse()) if (version < change.versie) expected = change.vorigeVerwachting;
  return expected;
}

export interface RegressionSuite {
  title: string;
  description?: string;
  ruleset?: string;
  cases: SuiteCase[];
}

export interface CaseResult {
  name: string;
  /** Index of the case in the suite's `cases`. */
  index: number;
  passed: boolean;
  expected: SuiteCase['expect'];
  actual: { findings: string[]; info: string[]; missing: string[]; error?: string; details?: ExpectedFinding[] };
  /** Codes expected but absent, and present but not expected. */
  missing: string[];
  unexpected: string[];
  firedRules: { ruleId: string; code: string }[];
  rulesetId?: string;
  version?: number;
  /** The full decision, for reporters that show explanations. */
  decision?: Decision;
  errorMessage?: string;
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function difference(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => !b.includes(x));
}

/** How suite cases are evaluated: compiled and traced by default; `engine: 'referentie'` for json-rules-engine, `observer` to see every rule's trace (rule coverage). */
export type SuiteRunOptions = PipelineOptions;

/** Runs one case of a suite. */
export async function runSuiteCase(repository: RuleRepository, suite: RegressionSuite, index: number, runOptions: SuiteRunOptions = {}): Promise<CaseResult> {
  const testCase = suite.cases[index];
  let expected = expectationFor(testCase, testCase.version);
  try {
    const options = { ...runOptions, rulesetId: testCase.ruleset ?? suite.ruleset, asOf: testCase.asOf, version: testCase.version };
    const decision =
      testCase.providers !== undefined
        ? await evaluateProviders(repository, testCase.providers, options)
        : await evaluateCase(repository, testCase.case, options);
    expected = expectationFor(testCase, decision.version);
    const findings = sorted(decision.findings.filter((f) => f.severity !== 'info').map((f) => f.code));
    const info = sorted(decision.findings.filter((f) => f.severity === 'info').map((f) => f.code));
    const missingFacts = sorted(decision.missing.map((m) => `${m.fact}:${m.path ?? ''}`));
    const want = sorted(expected.findings);
    const missing = difference(want, findings);
    const unexpected = difference(findings, want);
    if (expected.info) {
      missing.push(...difference(sorted(expected.info), info));
      unexpected.push(...difference(info, sorted(expected.info)));
    }
    const details = detailsOf(decision.findings);
    if (expected.details) {
      const compared = compareDetails(expected.details, details);
      missing.push(...compared.missing);
      unexpected.push(...compared.unexpected);
    }
    const missingFactsOk = !expected.missing || sorted(expected.missing).join('|') === missingFacts.join('|');
    return {
      name: testCase.name,
      index,
      passed: !expected.error && missing.length === 0 && unexpected.length === 0 && missingFactsOk,
      expected,
      actual: { findings, info, missing: missingFacts, details },
      missing,
      unexpected,
      firedRules: decision.findings.map((f) => ({ ruleId: f.ruleId, code: f.code })),
      rulesetId: decision.rulesetId,
      version: decision.version,
      decision,
      ...(expected.error ? { errorMessage: `verwacht fout ${expected.error}, maar de evaluatie slaagde` } : {}),
      ...(!missingFactsOk
        ? {
            errorMessage: `ontbrekende feiten: verwacht ${sorted(expected.missing ?? []).join(', ') || '(geen)'}, kreeg ${missingFacts.join(', ') || '(geen)'}`,
          }
        : {}),
    };
  } catch (error) {
    if (!isSturingError(error)) throw error;
    return {
      name: testCase.name,
      index,
      passed: expected.error === error.code,
      expected,
      actual: { findings: [], info: [], missing: [], error: error.code },
      missing: [],
      unexpected: [],
      firedRules: [],
      errorMessage: `${error.code}: ${error.message}`,
    };
  }
}

/** Runs every case of a suite, in order; `onResult` reports progress. */
export async function runSuite(
  repository: RuleRepository,
  suite: RegressionSuite,
  onResult?: (result: CaseResult) => void,
  options: SuiteRunOptions = {},
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (let i = 0; i < suite.cases.length; i++) {
    const result = await runSuiteCase(repository, suite, i, options);
    onResult?.(result);
    results.push(result);
  }
  return results;
}
