/**
 * A draft against the regression suites: which suite cases change outcome,
 * and a tester's judgement of changes — one case or several at once with one
 * note. A judgement is pending until the draft is published (`beoogd` then
 * rewrites the case's expectation, keeping the old one in `wijzigingen`;
 * `regressie` keeps the publish gate refusing), can be withdrawn before, and
 * lapses with a discarded draft.
 */
import type { CaseResult, SuiteExpectation } from '../engine/src/testing';
import { ApiError } from './api-error';
import { draftCandidate } from './impact-service';
import { judgementHolds, outcomeOf, runSuitesWith } from './publish';
import type { RuleStore } from './store/rule-store';
import { caseKey, getSuite, pendingReviews, recordSuiteReviews, type NewReview, type SuiteReview, type Verdict } from './store/suite-reviews';

export interface ChangedSuiteCase {
  suiteId: string;
  index: number;
  name: string;
  expected: SuiteExpectation;
  actual: CaseResult['actual'];
  missing: string[];
  unexpected: string[];
  message?: string;
  /** The pending judgement of this case for the draft, if any. */
  beoordeling: SuiteReview | null;
  /** False when the draft changed after the judgement and the outcome is no longer the one judged. */
  beoordelingActueel: boolean;
}

export interface SuiteChanges {
  ruleset: string;
  draftId: string;
  /** The draft revision the run used. */
  revision: number;
  /** The version the draft would become. */
  version: number;
  total: number;
  passed: number;
  changed: ChangedSuiteCase[];
}

async function runDraft(store: RuleStore, rulesetId: string, draftId: string) {
  const draft = await store.getDraft(rulesetId, draftId);
  const candidate = await draftCandidate(store, rulesetId, draftId);
  const results = await runSuitesWith(store, candidate, 'alongside');
  return { draft, candidate, results };
}

/** Every suite case whose outcome under the draft differs from its expectation, with its pending judgement. */
export async function suiteChanges(store: RuleStore, rulesetId: string, draftId: string): Promise<SuiteChanges> {
  const { draft, candidate, results } = await runDraft(store, rulesetId, draftId);
  const pending = await pendingReviews(store, rulesetId, draftId);
  const changed = results
    .filter((r) => !r.result.passed)
    .map(({ suite, result }) => {
      const beoordeling = pending.get(caseKey(suite, result.index)) ?? null;
      return {
        suiteId: suite,
        index: result.index,
        name: result.name,
        expected: result.expected,
        actual: result.actual,
        missing: result.missing,
        unexpected: result.unexpected,
        ...(result.errorMessage ? { message: result.errorMessage } : {}),
        beoordeling,
        beoordelingActueel: beoordeling !== null && judgementHolds(beoordeling, result),
      };
    });
  return {
    ruleset: rulesetId,
    draftId,
    revision: draft.revision,
    version: candidate.version,
    total: results.length,
    passed: results.length - changed.length,
    changed,
  };
}

export interface ReviewRequest {
  oordeel: Verdict;
  toelichting: string;
  draftId: string;
  /** The draft revision the tester saw; a newer one refuses (VERSIE_GEWIJZIGD). */
  revisie?: number;
}

export interface BatchReviewRequest {
  oordeel: Verdict;
  toelichting: string;
  revisie?: number;
  gevallen: { suiteId: string; index: number }[];
}

/**
 * Judges changed suite cases of a draft, all or none: an unknown suite or
 * case is 404, a case the draft does not change 422 (GEVAL_ONGEWIJZIGD,
 * naming it). Judgements are pending until the draft is published.
 */
export async function reviewSuiteCases(
  store: RuleStore,
  rulesetId: string,
  draftId: string,
  request: BatchReviewRequest,
  actor: string,
  now: string,
): Promise<SuiteReview[]> {
  const { draft, candidate, results } = await runDraft(store, rulesetId, draftId);
  if (request.revisie !== undefined && request.revisie !== draft.revision)
    throw new ApiError(
      'VERSIE_GEWIJZIGD',
      'Het concept is intussen gewijzigd',
      `U beoordeelt revisie ${request.revisie}, maar het concept is nu revisie ${draft.revision}. Voer de regressietests opnieuw uit en beoordeel dan; er is niets vastgelegd.`,
      [{ path: '/revisie', message: `het concept is nu revisie ${draft.revision}` }],
      { currentRevision: draft.revision },
    );
  const seen = new Set<string>();
  const reviews: NewReview[] = [];
  for (const [i, { suiteId, index }] of request.gevallen.entries()) {
    const stored = await getSuite(store, rulesetId, suiteId);
    const testCase = stored.suite.cases[index];
    if (!testCase)
      throw new ApiError(
        'NIET_GEVONDEN',
        'Geval niet gevonden',
        `Regressiesuite ${suiteId} heeft geen geval ${index} (0 t/m ${stored.suite.cases.length - 1}).`,
        [{ path: `/gevallen/${i}/index`, message: 'geen geval van deze suite' }],
      );
    const key = caseKey(suiteId, index);
    if (seen.has(key))
      throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `Geval ${index} ("${testCase.name}") staat twee keer in de lijst.`, [
        { path: `/gevallen/${i}`, message: 'dubbel geval' },
      ]);
    seen.add(key);
    const run = results.find((r) => r.suite === suiteId && r.result.index === index);
    if (!run || run.result.passed)
      throw new ApiError(
        'GEVAL_ONGEWIJZIGD',
        'Dit geval verandert niet',
        `Geval ${index} ("${testCase.name}") geeft onder concept ${draftId} de verwachte uitkomst; er is niets te beoordelen. Er is niets vastgelegd.`,
        [{ path: request.gevallen.length === 1 ? '/draftId' : `/gevallen/${i}`, message: 'het concept verandert de uitkomst van dit geval niet' }],
      );
    reviews.push({
      suiteId,
      index,
      naam: testCase.name,
      oordeel: request.oordeel,
      toelichting: request.toelichting,
      conceptId: draftId,
      revisie: draft.revision,
      versie: candidate.version,
      door: actor,
      datum: now,
      verwachtingVoor: run.result.expected,
      uitkomst: outcomeOf(run.result),
    });
  }
  return recordSuiteReviews(store, rulesetId, reviews);
}
