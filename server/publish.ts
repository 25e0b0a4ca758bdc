/** The publish gate: schema and policy checks, then the rule set's regression suites, then an immutable version. */
import type { Issue } from '../engine/src/model';
import type { RuleSetVersion, SharedRules } from '../engine/src/model';
import { parseRuleSetId } from '../engine/src/model';
import { runSuite, type CaseResult, type RegressionSuite } from '../engine/src/testing';
import { validateRuleSet } from '../engine/src/validate';
import { ApiError } from './api-error';
import { OverlayRepository } from './overlay-repository';
import type { RuleStore, VersionMeta } from './store/rule-store';
import { listSuiteReviews } from './store/suite-reviews';

/** The latest judgement per suite case for a draft, where that judgement is "regressie"; keyed suite id + NUL + index. */
async function markedRegressions(store: RuleStore, rulesetId: string, draftId: string): Promise<Map<string, NonNullable<FailingCase['beoordeling']>>> {
  const latest = new Map<string, NonNullable<FailingCase['beoordeling']> | null>();
  for (const review of await listSuiteReviews(store, rulesetId, draftId)) {
    const key = `${review.suiteId}\u0000${review.index}`;
    if (latest.has(key)) continue; // newest first
    latest.set(key, review.oordeel === 'regressie' ? { oordeel: 'regressie', toelichting: review.toelichting, door: review.door, datum: review.datum } : null);
  }
  return new Map([...latest].filter((entry): entry is [string, NonNullable<FailingCase['beoordeling']>] => entry[1] !== null));
}

export interface PublishRequest {
  effectiveFrom: string;
  effectiveTo?: string | null;
  changeNote: string;
}

/** Validation issues of a document as the rule set it claims to be (region and shared rules from the store). */
export async function validateInStore(store: RuleStore, document: unknown): Promise<Issue[]> {
  const id = typeof (document as RuleSetVersion)?.id === 'string' ? (document as RuleSetVersion).id : '';
  const region = (await store.listRegions()).find((r) => r.id === parseRuleSetId(id).region);
  const sharedRules: Record<string, SharedRules> = {};
  for (const name of ((document as RuleSetVersion)?.sharedRules ?? []) as unknown[]) {
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
  for (const { id, suite } of await store.listSuites(candidate.id)) {
    for (const result of await runSuite(repository, pinSuite(suite, candidate, mode), onResult)) results.push({ suite: id, result });
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
): Promise<VersionMeta> {
  const summary = await store.requireRuleSet(rulesetId);
  const draft = await store.getDraft(rulesetId, draftId);
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
  const results = await runSuitesWith(store, candidate, 'alongside');
  const regressions = await markedRegressions(store, rulesetId, draftId);
  const failing = results
    .filter((r) => !r.result.passed)
    .map((r) => {
      const marked = regressions.get(`${r.suite}\u0000${r.result.index}`);
      return { ...toFailingCase(r.suite, r.result), ...(marked ? { beoordeling: marked } : {}) };
    });
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
  return store.publishDraft(rulesetId, draft, candidate, request.changeNote, actor);
}
