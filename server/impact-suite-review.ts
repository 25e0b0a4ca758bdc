/**
 * A draft against the regression suites: which suite cases change outcome,
 * and a tester's judgement of each change — `beoogd` rewrites the case's
 * expectation (keeping the old one in `wijzigingen`, so older versions still
 * pass), `regressie` is recorded and keeps the publish gate refusing.
 */
import { runSuiteCase, type CaseResult, type SuiteCase, type SuiteExpectation } from '../engine/src/testing/run-suite';
import { ApiError } from './api-error';
import { draftCandidate } from './impact-service';
import { OverlayRepository } from './overlay-repository';
import { pinSuite, runSuitesWith } from './publish';
import type { RuleStore } from './store/rule-store';
import { getSuite, listSuiteReviews, recordSuiteReview, type SuiteReview, type Verdict } from './store/suite-reviews';

export interface ChangedSuiteCase {
  suiteId: string;
  index: number;
  name: string;
  expected: SuiteExpectation;
  actual: CaseResult['actual'];
  missing: string[];
  unexpected: string[];
  message?: string;
  /** The latest judgement of this case for the draft, if any. */
  beoordeling: SuiteReview | null;
}

export interface SuiteChanges {
  ruleset: string;
  draftId: string;
  /** The version the draft would become. */
  version: number;
  total: number;
  passed: number;
  changed: ChangedSuiteCase[];
}

/** The outcome of a run as an expectation: what `expect` must say for the case to pass again. */
function outcomeOf(result: CaseResult): SuiteExpectation {
  const { expected, actual } = result;
  if (actual.error) return { findings: [], error: actual.error };
  return {
    findings: actual.findings,
    ...(expected.info ? { info: actual.info } : {}),
    ...(expected.missing ? { missing: actual.missing } : {}),
    // A case held to code, severity and rule keeps that precision after an intended change.
    ...(expected.details && actual.details ? { details: actual.details } : {}),
  };
}

/** Every suite case whose outcome under the draft differs from its expectation, with its latest judgement. */
export async function suiteChanges(store: RuleStore, rulesetId: string, draftId: string): Promise<SuiteChanges> {
  const candidate = await draftCandidate(store, rulesetId, draftId);
  const results = await runSuitesWith(store, candidate, 'alongside');
  const latest = new Map<string, SuiteReview>();
  for (const review of await listSuiteReviews(store, rulesetId, draftId)) {
    const key = `${review.suiteId}\u0000${review.index}`;
    if (!latest.has(key)) latest.set(key, review);
  }
  const changed = results
    .filter((r) => !r.result.passed)
    .map(({ suite, result }) => ({
      suiteId: suite,
      index: result.index,
      name: result.name,
      expected: result.expected,
      actual: result.actual,
      missing: result.missing,
      unexpected: result.unexpected,
      ...(result.errorMessage ? { message: result.errorMessage } : {}),
      beoordeling: latest.get(`${suite}\u0000${result.index}`) ?? null,
    }));
  return { ruleset: rulesetId, draftId, version: candidate.version, total: results.length, passed: results.length - changed.length, changed };
}

export interface ReviewRequest {
  oordeel: Verdict;
  toelichting: string;
  draftId: string;
}

/** Judges one changed suite case for a draft; refuses (GEVAL_ONGEWIJZIGD) when the draft does not change it. */
export async function reviewSuiteCase(
  store: RuleStore,
  rulesetId: string,
  suiteId: string,
  index: number,
  request: ReviewRequest,
  actor: string,
  now: string,
): Promise<{ beoordeling: SuiteReview; geval: SuiteCase }> {
  const candidate = await draftCandidate(store, rulesetId, request.draftId);
  const stored = await getSuite(store, rulesetId, suiteId);
  const testCase = stored.suite.cases[index];
  if (!testCase)
    throw new ApiError('NIET_GEVONDEN', 'Geval niet gevonden', `Regressiesuite ${suiteId} heeft geen geval ${index} (0 t/m ${stored.suite.cases.length - 1}).`);
  const result = await runSuiteCase(new OverlayRepository(store, candidate, 'alongside'), pinSuite(stored.suite, candidate, 'alongside'), index);
  if (result.passed)
    throw new ApiError(
      'GEVAL_ONGEWIJZIGD',
      'Dit geval verandert niet',
      `Geval ${index} ("${testCase.name}") geeft onder concept ${request.draftId} de verwachte uitkomst; er is niets te beoordelen.`,
      [{ path: '/draftId', message: 'het concept verandert de uitkomst van dit geval niet' }],
    );
  const outcome = outcomeOf(result);
  const review = {
    index,
    naam: testCase.name,
    oordeel: request.oordeel,
    toelichting: request.toelichting,
    conceptId: request.draftId,
    versie: candidate.version,
    door: actor,
    datum: now,
    verwachtingVoor: result.expected,
    uitkomst: outcome,
  };
  let updated: SuiteCase = testCase;
  if (request.oordeel === 'beoogd') {
    updated = {
      ...testCase,
      expect: outcome,
      wijzigingen: [
        ...(testCase.wijzigingen ?? []),
        { versie: candidate.version, concept: request.draftId, toelichting: request.toelichting, door: actor, datum: now, vorigeVerwachting: testCase.expect },
      ],
    };
  }
  const newDocument = request.oordeel === 'beoogd' ? { ...stored.suite, cases: stored.suite.cases.map((c, i) => (i === index ? updated : c)) } : undefined;
  const beoordeling = await recordSuiteReview(store, rulesetId, stored, review, newDocument);
  return { beoordeling, geval: updated };
}
