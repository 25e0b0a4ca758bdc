/** The publish gate: schema and policy checks, then the rule set's regression suites, then an immutable version. */
import { contentHash } from '../engine/src/json';
import type { Issue, RuleSetVersion, SharedRules } from '../engine/src/model';
import { parseRuleSetId } from '../engine/src/model';
import { runSuiteCase, type CaseResult, type RegressionSuite, type SuiteExpectation } from '../engine/src/testing';
import { validateRuleSet } from '../engine/src/validate';
import { ApiError } from './api-error';
import { OverlayRepository } from './overlay-repository';
import { analysisGate, type PublishAnalysis } from './publish-analysis';
import type { RuleStore, VersionMeta } from './store/rule-store';
import { applyReviewsAtPublish, caseKey, pendingReviews, type SuiteReview } from './store/suite-reviews';
import { isStoreError } from './store/store-error';

/** Suite cases evaluated between two turns of the event loop. */
const YIELD_EVERY = 10;

/** The outcome of a run as an expectation: what `expect` must say for the case to pass again. */
export function outcomeOf(result: CaseResult): SuiteExpectation {
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

/** Whether a pending "beoogd" judgement still describes the outcome (the draft may have changed since). */
export function judgementHolds(review: SuiteReview, result: CaseResult): boolean {
  return contentHash(review.uitkomst) === contentHash(outcomeOf(result));
}

export interface PublishRequest {
  effectiveFrom: string;
  effectiveTo?: string | null;
  changeNote: string;
  /** Publishing with an effectiveFrom before the publication date: only the vaststeller, with a reason. */
  terugwerkendeKracht?: { reden: string };
}

/** What publishing with retroactive effect changes: the past period it rewrites and the suite cases dated in it that change outcome. */
export interface RetroactiveEffect {
  periode: { van: string; tot: string };
  gewijzigdeSuitegevallen: number;
  /** The first few of those cases, "suite: name". */
  voorbeelden: string[];
}

/** The day before an ISO date. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Outcome of a suite case, comparable across versions: the sorted finding codes with severity and rule, or the error. */
function comparableOutcome(r: CaseResult): string {
  return JSON.stringify(r.actual);
}

/**
 * Which suite cases dated in [effectiveFrom, publication date) change outcome when `candidate` is published
 * alongside the current versions, compared with the versions published now.
 */
export async function retroactiveEffect(store: RuleStore, candidate: RuleSetVersion, publicationDate: string): Promise<RetroactiveEffect> {
  const periode = { van: candidate.effectiveFrom, tot: dayBefore(publicationDate) };
  const inPeriod = (c: RegressionSuite['cases'][number]) => c.asOf !== undefined && c.asOf >= periode.van && c.asOf <= periode.tot && !c.version;
  const changed: string[] = [];
  const withCandidate = new OverlayRepository(store, candidate, 'alongside');
  let evaluated = 0;
  for (const { id, suite } of await store.listSuites(candidate.id)) {
    for (let i = 0; i < suite.cases.length; i++) {
      if (!inPeriod(suite.cases[i])) continue;
      if (++evaluated % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const [before, after] = [await runSuiteCase(store, suite, i), await runSuiteCase(withCandidate, suite, i)];
      if (comparableOutcome(before) !== comparableOutcome(after)) changed.push(`${id}: ${suite.cases[i].name}`);
    }
  }
  return { periode, gewijzigdeSuitegevallen: changed.length, voorbeelden: changed.slice(0, 5) };
}

/** Validation issues of a document as the rule set it claims to be (region and shared rules from the store). */
export async function validateInStore(store: RuleStore, document: unknown): Promise<Issue[]> {
  const id = typeof (document as RuleSetVersion)?.id === 'string' ? (document as RuleSetVersion).id : '';
  const region = (await store.listRegions()).find((r) => r.id === parseRuleSetId(id).region);
  const sharedRules: Record<string, SharedRules> = {};
  const names: unknown = (document as RuleSetVersion | undefined)?.sharedRules;
  for (const name of Array.isArray(names) ? (names as unknown[]) : []) {
    if (typeof name !== 'string') continue;
    const library = await store.getSharedRules(name);
    if (library) sharedRules[name] = library;
  }
  return validateRuleSet(document, { region, sharedRules });
}

export interface FailingCase {
  suite: string;
  name: string;
  expected: CaseResult['expected'];
  actual: CaseResult['actual'];
  missing: string[];
  unexpected: string[];
  firedRules: CaseResult['firedRules'];
  message?: string;
  /** A tester marked this case as a regression of the draft being published. */
  beoordeling?: { oordeel: 'regressie'; toelichting: string; door: string; datum: string };
}

/**
 * Runs every suite of the rule set with `candidate` added to the store. A
 * suite is the specification of the rule set, so cases that name neither
 * `asOf` nor `version` (nor expect a refusal) are evaluated against the
 * candidate itself; the others test history and resolve as they would after
 * publishing.
 */
export async function runSuitesWith(store: RuleStore, candidate: RuleSetVersion, mode: 'alongside' | 'only', onResult?: (r: CaseResult) => void) {
  const repository = new OverlayRepository(store, candidate, mode);
  const results: { suite: string; result: CaseResult }[] = [];
  let evaluated = 0;
  for (const { id, suite } of await store.listSuites(candidate.id)) {
    const pinned = pinSuite(suite, candidate, mode);
    for (let i = 0; i < pinned.cases.length; i++) {
      // A turn of the event loop every few cases: a long suite must not hold up health checks and other requests.
      if (++evaluated % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const result = await runSuiteCase(repository, pinned, i);
      onResult?.(result);
      results.push({ suite: id, result });
    }
  }
  return results;
}

/** The suite as `runSuitesWith` runs it: cases without asOf/version/expected error pinned to the candidate (alongside mode). */
export function pinSuite(suite: RegressionSuite, candidate: RuleSetVersion, mode: 'alongside' | 'only'): RegressionSuite {
  return {
    ...suite,
    cases: suite.cases.map((c) =>
      c.asOf || c.version || c.expect.error || mode === 'only' ? c : { ...c, version: candidate.version, ruleset: c.ruleset ?? suite.ruleset ?? candidate.id },
    ),
  };
}

function toFailingCase(suite: string, r: CaseResult): FailingCase {
  return {
    suite,
    name: r.name,
    expected: r.expected,
    actual: r.actual,
    missing: r.missing,
    unexpected: r.unexpected,
    firedRules: r.firedRules,
    ...(r.errorMessage ? { message: r.errorMessage } : {}),
  };
}

/** Publishes a draft or refuses with 422 listing every problem (JSON pointers) or failing case. */
export async function publishDraft(
  store: RuleStore,
  rulesetId: string,
  draftId: string,
  request: PublishRequest,
  ifMatch: string | undefined,
  actor: string,
  role?: string,
): Promise<VersionMeta & { analyse: PublishAnalysis; terugwerkendeKracht?: RetroactiveEffect & { reden: string } }> {
  const summary = await store.requireRuleSet(rulesetId);
  const draft = await store.getDraft(rulesetId, draftId).catch(async (error: unknown) => {
    // A second click or a retried request after the first publish: say so, do not publish again.
    if (isStoreError(error) && error.code === 'NIET_GEVONDEN') {
      const gone = await store.alreadyPublishedError(rulesetId, draftId);
      if (gone.title === 'Het concept is al gepubliceerd') throw gone;
    }
    throw error;
  });
  if (ifMatch !== undefined && ifMatch !== draft.etag) {
    throw new ApiError(
      'VERSIE_GEWIJZIGD',
      'Het concept is intussen gewijzigd',
      `U publiceert revisie ${ifMatch}, maar het concept is nu ${draft.etag}. Bekijk de wijzigingen en publiceer opnieuw.`,
      [],
      { currentEtag: draft.etag },
    );
  }
  const candidate = {
    ...(draft.document as RuleSetVersion),
    id: rulesetId,
    version: summary.latestVersion + 1,
    effectiveFrom: request.effectiveFrom,
    effectiveTo: request.effectiveTo ?? null,
    changeNote: request.changeNote,
  } as RuleSetVersion;
  const issues = await validateInStore(store, candidate);
  if (issues.length > 0) {
    throw new ApiError(
      'PUBLICATIE_GEWEIGERD',
      'Publicatie geweigerd: de regelset is ongeldig',
      `${issues.length} probleem/problemen; eerste: ${issues[0].path} ${issues[0].message}`,
      issues,
    );
  }
  const previous = (await store.listVersionMeta(rulesetId)).at(-1);
  if (previous && request.effectiveFrom < previous.effectiveFrom) {
    const issue = { path: '/effectiveFrom', message: `ligt vóór de ingangsdatum van versie ${previous.version} (${previous.effectiveFrom})` };
    throw new ApiError('PUBLICATIE_GEWEIGERD', 'Publicatie geweigerd: ongeldige ingangsdatum', `/effectiveFrom: ${issue.message}`, [issue]);
  }
  // Decisions already taken stay reproducible: a version may only take effect in the past by an explicit, audited choice.
  const publicationDate = store.currentTime().slice(0, 10);
  let retroactive: (RetroactiveEffect & { reden: string }) | undefined;
  if (request.effectiveFrom < publicationDate) {
    const effect = await retroactiveEffect(store, candidate, publicationDate);
    const what = `dit wijzigt de periode ${effect.periode.van} t/m ${effect.periode.tot} en ${effect.gewijzigdeSuitegevallen} regressiegeval(len) met een peildatum daarin${effect.voorbeelden.length ? ` (eerste: ${effect.voorbeelden[0]})` : ''}`;
    if (!request.terugwerkendeKracht) {
      const issue = { path: '/effectiveFrom', message: `ligt vóór de publicatiedatum ${publicationDate}; ${what}` };
      throw new ApiError(
        'PUBLICATIE_GEWEIGERD',
        'Publicatie geweigerd: ingangsdatum in het verleden',
        `/effectiveFrom: ${issue.message}. Kies een ingangsdatum vanaf vandaag, of publiceer als vaststeller met terugwerkende kracht en een reden.`,
        [issue],
        { terugwerkendeKracht: effect },
      );
    }
    if (role !== 'vaststeller')
      throw new ApiError(
        'GEEN_TOEGANG',
        'Geen toegang',
        `Publiceren met terugwerkende kracht is een keuze van de vaststeller; de rol ${role ?? '(geen)'} mag dat niet (${what}).`,
      );
    retroactive = { ...effect, reden: request.terugwerkendeKracht.reden };
  } else if (request.terugwerkendeKracht) {
    const issue = { path: '/terugwerkendeKracht', message: `de ingangsdatum ${request.effectiveFrom} ligt niet vóór de publicatiedatum ${publicationDate}` };
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `/terugwerkendeKracht: ${issue.message}; laat terugwerkendeKracht weg.`, [issue]);
  }
  const results = await runSuitesWith(store, candidate, 'alongside');
  // A changed case judged "beoogd" for this draft (and still showing the judged outcome) passes: publishing makes its
  // expectation follow. Judgements of other drafts count for nothing here.
  const pending = await pendingReviews(store, rulesetId, draftId);
  const accepted: SuiteReview[] = [];
  const failing: FailingCase[] = [];
  for (const r of results) {
    if (r.result.passed) continue;
    const review = pending.get(caseKey(r.suite, r.result.index));
    if (review?.oordeel === 'beoogd' && judgementHolds(review, r.result)) {
      accepted.push(review);
      continue;
    }
    failing.push({
      ...toFailingCase(r.suite, r.result),
      ...(review?.oordeel === 'regressie'
        ? { beoordeling: { oordeel: 'regressie', toelichting: review.toelichting, door: review.door, datum: review.datum } }
        : {}),
      ...(review?.oordeel === 'beoogd'
        ? { message: `beoordeeld als beoogd op revisie ${review.revisie ?? '?'}, maar de uitkomst is sindsdien veranderd; beoordeel het geval opnieuw` }
        : {}),
    });
  }
  if (failing.length > 0) {
    const marked = failing.filter((f) => f.beoordeling);
    const firstMarked = marked[0];
    throw new ApiError(
      'PUBLICATIE_GEWEIGERD',
      'Publicatie geweigerd: de regressiesuite faalt',
      `${failing.length} van ${results.length} regressiegevallen falen` +
        (firstMarked ? `, waarvan ${marked.length} gemarkeerd als regressie (eerste: "${firstMarked.name}")` : '') +
        `; eerste: "${failing[0].name}".`,
      failing.map((f) => ({
        path: '',
        message: `${f.suite}: ${f.name}${f.beoordeling ? ` — gemarkeerd als regressie door ${f.beoordeling.door}: ${f.beoordeling.toelichting}` : ''}`,
      })),
      { failingCases: failing },
    );
  }
  // Policy analysis: a new gap or contradiction refuses (422 naming it), everything else is returned as a warning.
  const analyse = await analysisGate(store, candidate);
  const meta = await store.publishDraft(
    rulesetId,
    draft,
    candidate,
    request.changeNote,
    actor,
    (trx, version) => applyReviewsAtPublish(trx, store, rulesetId, draftId, version, accepted),
    retroactive && { reden: retroactive.reden, periode: retroactive.periode, gewijzigdeSuitegevallen: retroactive.gewijzigdeSuitegevallen },
  );
  return retroactive ? { ...meta, analyse, terugwerkendeKracht: retroactive } : { ...meta, analyse };
}
