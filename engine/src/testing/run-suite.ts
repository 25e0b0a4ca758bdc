/** Runs a regression suite: each case's findings against the exact expected set. Isomorphic, so the publish gate runs the same. */
import type { Decision } from '../model/decision';
import { isSturingError } from '../model/errors';
import { evaluateCase } from '../evaluate/evaluate-case';
import { evaluateProviders } from '../evaluate/evaluate-providers';
import type { RuleRepository } from '../model/repository';

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
  /** Expected missing facts as `fact:path` (optional; the decision's `missing`). */
  missing?: string[];
  error?: string;
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
  actual: { findings: string[]; info: string[]; missing: string[]; error?: string };
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

/** Runs one case of a suite. */
export async function runSuiteCase(repository: RuleRepository, suite: RegressionSuite, index: number): Promise<CaseResult> {
  const testCase = suite.cases[index];
  let expected = expectationFor(testCase, testCase.version);
  try {
    const options = { rulesetId: testCase.ruleset ?? suite.ruleset, asOf: testCase.asOf, version: testCase.version };
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
    const missingFactsOk = !expected.missing || sorted(expected.missing).join('|') === missingFacts.join('|');
    return {
      name: testCase.name,
      index,
      passed: !expected.error && missing.length === 0 && unexpected.length === 0 && missingFactsOk,
      expected,
      actual: { findings, info, missing: missingFacts },
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
export async function runSuite(repository: RuleRepository, suite: RegressionSuite, onResult?: (result: CaseResult) => void): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (let i = 0; i < suite.cases.length; i++) {
    const result = await runSuiteCase(repository, suite, i);
    onResult?.(result);
    results.push(result);
  }
  return results;
}
