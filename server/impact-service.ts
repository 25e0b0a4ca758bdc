/**
 * POST /api/impact: resolves the two versions (a published one against a
 * published one or a draft), the cases (posted, the rule set's regression
 * suites, or a generated population) and computes the engine's impact report.
 * Posted and suite cases (at most 10,000, in practice a few hundred) run
 * inline in well under 100 ms; a generated population (up to 50,000 cases,
 * ~1 s) runs in the impact worker thread so the event loop stays free.
 */
import { loadSharedRules } from '../engine/src/evaluate';
import { assertValidCase } from '../engine/src/evaluate';
import { isSturingError, SturingError } from '../engine/src/model';
import { computeImpact } from '../engine/src/impact';
import { parseRuleSetId, type Region, type RuleSetVersion } from '../engine/src/model';
import { regionSegments } from '../engine/src/impact';
import { ApiError } from './api-error';
import type { ImpactRequest, ImpactResponse, SuiteCaseRef } from './contract';
import { casesFromMessages } from './impact-messages';
import type { ImpactWorkerPool } from './impact-worker-pool';
import { validateInStore } from './publish';
import type { RuleStore } from './store/rule-store';

export type { ImpactRequest, ImpactResponse, SuiteCaseRef };

function requireExactlyOne(body: ImpactRequest, fields: (keyof ImpactRequest)[]): void {
  const given = fields.filter((f) => body[f] !== undefined);
  if (given.length === 1) return;
  const names = fields.join(', ');
  const path = `/${given[1] ?? fields[0]}`;
  throw new ApiError(
    'VERZOEK_ONGELDIG',
    'Ongeldig verzoek',
    given.length === 0 ? `Geef precies één van ${names} mee; er ontbreekt er één.` : `Geef precies één van ${names} mee, niet ${given.join(' én ')}.`,
    [{ path, message: given.length === 0 ? `één van ${names} is verplicht` : `niet samen met ${given[0]}` }],
  );
}

async function publishedVersion(store: RuleStore, rulesetId: string, version: number, field: 'from' | 'to'): Promise<RuleSetVersion> {
  const known = (await store.listVersionMeta(rulesetId)).map((v) => v.version);
  if (!known.includes(version))
    throw new ApiError('ONBEKENDE_VERSIE', 'Onbekende versie', `${field}: regelset ${rulesetId} heeft geen versie ${version} (wel: ${known.join(', ')}).`, [
      { path: `/${field}`, message: `geen versie ${version}; bestaande versies: ${known.join(', ')}` },
    ]);
  return (await store.getVersion(rulesetId, version)).document;
}

/** A draft as the version it would become: valid, with the next version number. */
export async function draftCandidate(store: RuleStore, rulesetId: string, draftId: string): Promise<RuleSetVersion> {
  const summary = await store.requireRuleSet(rulesetId);
  const draft = await store.getDraft(rulesetId, draftId);
  const candidate = { ...(draft.document as RuleSetVersion), id: rulesetId, version: summary.latestVersion + 1 };
  const issues = await validateInStore(store, candidate);
  if (issues.length > 0)
    throw new ApiError(
      'CONCEPT_ONGELDIG',
      'Het concept is ongeldig',
      `Het concept ${draftId} heeft ${issues.length} probleem/problemen; herstel eerst ${issues[0].path || '/'}: ${issues[0].message}`,
      issues,
    );
  return candidate;
}

/** Validates posted cases up front, so an error names the case: /cases/3/besluit/… */
function checkedCases(cases: Record<string, unknown>[], region: Region): Record<string, unknown>[] {
  cases.forEach((caseData, index) => {
    try {
      assertValidCase(caseData);
    } catch (error) {
      if (!isSturingError(error)) throw error;
      const issues = error.issues.map((i) => ({ ...i, path: `/cases/${index}${i.path}` }));
      throw new SturingError(error.code, `Casus ${index} is ongeldig: ${issues[0]?.path} ${issues[0]?.message}`, issues);
    }
    if (!region.gemeenten.some((g) => g.id === caseData.gemeente))
      throw new ApiError(
        'GEMEENTE_ONBEKEND',
        'Onbekende gemeente',
        `/cases/${index}/gemeente: "${String(caseData.gemeente)}" hoort niet bij regio ${region.naam}.`,
        [{ path: `/cases/${index}/gemeente`, message: `onbekende gemeente; bekend: ${region.gemeenten.map((g) => g.id).join(', ')}` }],
      );
  });
  return cases;
}

/** The case-based suite cases of the rule set that can be evaluated (no expected error), with their origin. */
async function suiteCases(
  store: RuleStore,
  rulesetId: string,
  region: Region,
): Promise<{ cases: Record<string, unknown>[]; refs: Record<string, SuiteCaseRef> }> {
  const cases: Record<string, unknown>[] = [];
  const refs: Record<string, SuiteCaseRef> = {};
  for (const { id: suiteId, suite } of await store.listSuites(rulesetId)) {
    suite.cases.forEach((testCase, index) => {
      const caseData = testCase.case as Record<string, unknown> | undefined;
      if (!caseData || testCase.expect.error || (testCase.ruleset ?? suite.ruleset ?? rulesetId) !== rulesetId) return;
      if (!region.gemeenten.some((g) => g.id === caseData.gemeente)) return;
      const id = `${suiteId}/${index}`;
      cases.push({ ...caseData, id });
      refs[id] = { suiteId, index, name: testCase.name };
    });
  }
  return { cases, refs };
}

/** Computes the impact report for a request already checked against the `impact` request schema. */
export async function computeImpactFor(store: RuleStore, workers: ImpactWorkerPool, body: ImpactRequest): Promise<ImpactResponse> {
  requireExactlyOne(body, ['to', 'draftId']);
  requireExactlyOne(body, ['cases', 'population', 'suites', 'berichten']);
  const rulesetId = body.ruleset;
  await store.requireRuleSet(rulesetId);
  const from = await publishedVersion(store, rulesetId, body.from, 'from');
  const to =
    body.draftId !== undefined ? await draftCandidate(store, rulesetId, body.draftId) : await publishedVersion(store, rulesetId, body.to as number, 'to');
  const region = (await store.listRegions()).find((r) => r.id === parseRuleSetId(rulesetId).region);
  if (!region) throw new ApiError('NIET_GEVONDEN', 'Regio niet gevonden', `Er is geen regio voor regelset ${rulesetId}.`);
  if (body.gemeente !== undefined && !region.gemeenten.some((g) => g.id === body.gemeente))
    throw new ApiError('GEMEENTE_ONBEKEND', 'Onbekende gemeente', `gemeente: "${body.gemeente}" hoort niet bij regio ${region.naam}.`, [
      { path: '/gemeente', message: `onbekende gemeente; bekend: ${region.gemeenten.map((g) => g.id).join(', ')}` },
    ]);
  const sharedRules = { ...(await loadSharedRules(store, from)), ...(await loadSharedRules(store, to)) };
  const common = { from, to, sharedRules, region, gemeente: body.gemeente, examples: body.examples };
  const concept = body.draftId ?? null;
  if (body.population) {
    const segments = await regionSegments(store, region.id);
    return { ...(await workers.run({ ...common, segments, population: body.population })), concept, bron: 'populatie' };
  }
  if (body.suites) {
    const { cases, refs } = await suiteCases(store, rulesetId, region);
    return { ...(await computeImpact({ ...common, cases, trusted: true })), concept, bron: 'suites', suiteCases: refs };
  }
  if (body.berichten) {
    const { cases, problems } = await casesFromMessages(store, body.berichten);
    const own = cases.filter((c) => region.gemeenten.some((g) => g.id === c.gemeente));
    return { ...(await computeImpact({ ...common, cases: own, trusted: true })), concept, bron: 'berichten', berichtProblemen: problems };
  }
  const cases = checkedCases(body.cases ?? [], region);
  return { ...(await computeImpact({ ...common, cases, trusted: true })), concept, bron: 'casussen' };
}
