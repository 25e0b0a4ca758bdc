/** The publish gate: schema and policy checks, then the rule set's regression suites, then an immutable version. */
import type { Issue } from '../engine/src/errors';
import type { RuleSetVersion, SharedRules } from '../engine/src/rule-set';
import { parseRuleSetId } from '../engine/src/rule-set';
import { runSuite, type CaseResult, type RegressionSuite } from '../engine/src/run-suite';
import { validateRuleSet } from '../engine/src/validate-rule-set';
import { ApiError } from './api-error';
import { OverlayRepository } from './overlay-repository';
import type { RuleStore, VersionMeta } from './store/rule-store';

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
    const pinned: RegressionSuite = {
      ...suite,
      cases: suite.cases.map((c) =>
        c.asOf || c.version || c.expect.error || mode === 'only'
          ? c
          : { ...c, version: candidate.version, ruleset: c.ruleset ?? suite.ruleset ?? candidate.id },
      ),
    };
    for (const result of await runSuite(repository, pinned, onResult)) results.push({ suite: id, result });
  }
  return results;
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
  const failing = results.filter((r) => !r.result.passed).map((r) => toFailingCase(r.suite, r.result));
  if (failing.length > 0) {
    throw new ApiError(
      'PUBLICATIE_GEWEIGERD',
      'Publicatie geweigerd: de regressiesuite faalt',
      `${failing.length} van ${results.length} regressiegevallen falen; eerste: "${failing[0].name}".`,
      failing.map((f) => ({ path: '', message: `${f.suite}: ${f.name}` })),
      { failingCases: failing },
    );
  }
  return store.publishDraft(rulesetId, draft, candidate, request.changeNote, actor);
}
