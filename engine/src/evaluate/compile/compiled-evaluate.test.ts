// The differential test: the compiled evaluator, traced and untraced, against json-rules-engine (the reference semantics).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine, Rule } from 'json-rules-engine';
import { FileRuleRepository } from '../../../node/file-repository';
import { loadSharedRules } from '../evaluate-case';
import { generateCases, REGION_CLIENT_COUNTS, type GenerateSegment } from '../../impact/generate-cases';
import type { Region, RuleSetVersion, SharedRules } from '../../model/rule-set';
import type { Explanation } from '../../model/decision';
import { evaluateCaseFast, evaluateCaseTraced, evaluateProvidersTraced } from './compiled-evaluate';
import { evaluateCaseReference, evaluateProvidersReference } from '../reference';
import { cloneJson } from '../../json/clone-json';
import { explainConditions } from '../explain';
import { resolveFactPath } from '../../rules/fact-path';
import { buildCaseFacts } from '../../facts/facts';
import { CUSTOM_OPERATORS } from '../../rules/operators';
import { applyOverride } from '../../rules/overrides';
import { prepareRuleSet } from '../prepare-rule-set';
import { MissingFacts } from '../missing-facts';
import { decisionDifferences, fullDecisionDifferences, type ComparableDecision } from '../../testing/decision-diff';

const root = new URL('../../../../', import.meta.url).pathname;
const repository = new FileRuleRepository(join(root, 'rules'));

interface Target {
  region: Region;
  versions: RuleSetVersion[];
  shared: Record<string, SharedRules>;
}

async function loadTargets(): Promise<{ targets: Map<string, Target>; segmentsByRegion: Map<Region, GenerateSegment[]> }> {
  const regions = await repository.listRegions();
  const targets = new Map<string, Target>();
  const segmentsByRegion = new Map<Region, GenerateSegment[]>();
  for (const id of await repository.listRuleSetIds()) {
    const [regionId, domein, segment] = id.split('/');
    const region = regions.find((r) => r.id === regionId);
    if (!region) continue;
    const versions = await repository.listVersions(id);
    const shared = Object.assign({}, ...(await Promise.all(versions.map((v) => loadSharedRules(repository, v))))) as Record<string, SharedRules>;
    targets.set(id, { region, versions, shared });
    const counts = REGION_CLIENT_COUNTS[regionId]?.[`${domein}/${segment}`];
    const list = segmentsByRegion.get(region) ?? [];
    list.push({ domein, segment, clients: counts?.clients ?? 300, percelen: Object.keys(versions[0].policy.percelen) });
    segmentsByRegion.set(region, list);
  }
  return { targets, segmentsByRegion };
}

const engines = new WeakMap<RuleSetVersion, Engine>();

/**
 * The reference semantics, lean: json-rules-engine (one reused engine per rule set, runs strictly
 * one after another — never concurrently) plus explain.ts's three-valued reading of every rule,
 * exactly as the reference path combines them, without building the receipt. Returns the
 * comparable decision and every rule's explanation.
 */
async function evaluateReferenceLean(
  ruleSet: RuleSetVersion,
  shared: Record<string, SharedRules>,
  caseData: Record<string, unknown>,
): Promise<{ decision: ComparableDecision; trees: Explanation[] }> {
  const prepared = prepareRuleSet(ruleSet, shared);
  let engine = engines.get(ruleSet);
  if (!engine) {
    engine = new Engine([], { allowUndefinedFacts: false, pathResolver: resolveFactPath });
    for (const operator of CUSTOM_OPERATORS) engine.addOperator(operator.name, operator.evaluate);
    for (const { rule } of prepared.rules) {
      engine.addRule(
        new Rule({ name: rule.id, priority: rule.priority ?? 1, conditions: cloneJson(rule.conditions) as never, event: { type: rule.event.type } }),
      );
    }
    engines.set(ruleSet, engine);
  }
  const facts = buildCaseFacts(caseData, applyOverride(ruleSet, caseData.gemeente as string).policy, caseData.datum as string);
  const { results, failureResults } = await engine.run(facts);
  const byName = new Map([...results, ...failureResults].map((r) => [String(r.name), r]));
  const findings: { code: string; ruleId: string; explanation: Explanation }[] = [];
  const undecidedRules: { ruleId: string; code: string }[] = [];
  const missing = new MissingFacts();
  const trees: Explanation[] = [];
  for (const { rule } of prepared.rules) {
    const result = byName.get(rule.id)!;
    const lacking: { fact: string; path?: string }[] = [];
    const explanation = explainConditions(result.toJSON(false).conditions as never, facts, lacking);
    trees.push(explanation);
    if (explanation.held === null) {
      undecidedRules.push({ ruleId: rule.id, code: rule.event.type });
      missing.add(rule.id, lacking);
    } else if (explanation.held !== result.result) throw new Error(`inconsistent ${rule.id}`);
    else if (explanation.held) findings.push({ code: rule.event.type, ruleId: rule.id, explanation });
  }
  return { decision: { findings, undecidedRules, missing: missing.list() }, trees };
}

function fail(what: string, id: unknown, differences: string[]): void {
  expect({ id, what, differences }).toEqual({ id, what, differences: [] });
}

describe('compiled evaluator against json-rules-engine (differential)', () => {
  it('gives identical findings, explanation trees, undecided rules and missing facts on ≥ 100,000 generated cases', async () => {
    const { targets, segmentsByRegion } = await loadTargets();
    const total = 100_000;
    const regionCount = segmentsByRegion.size;
    let compared = 0;
    let firing = 0;
    let undecided = 0;
    let treesCompared = 0;
    let r = 0;
    const versionsSeen = new Set<string>();
    const gemeentenSeen = new Set<string>();
    for (const [region, segments] of segmentsByRegion) {
      const count = r === regionCount - 1 ? total - compared : Math.floor(total / regionCount);
      r++;
      const half = Math.floor(count / 2);
      const cases = [
        ...generateCases({ year: 2023, seed: 7 + r, count: half, segments, gemeenten: region.gemeenten, mode: 'fuzz', errorRate: 0.5 }),
        ...generateCases({ year: 2022, seed: 70 + r, count: count - half, segments, gemeenten: region.gemeenten, errorRate: 0.3 }),
      ];
      for (const [i, caseData] of cases.entries()) {
        const target = targets.get(`${region.id}/${caseData.domein as string}/${caseData.segment as string}`)!;
        const ruleSet = target.versions[i % target.versions.length];
        versionsSeen.add(`${ruleSet.id}@${ruleSet.version}`);
        gemeentenSeen.add(`${region.id}/${caseData.gemeente as string}`);
        const input = { caseData, ruleSet, region, sharedRules: target.shared };
        const { decision: reference, trees } = await evaluateReferenceLean(ruleSet, target.shared, caseData);
        // Traced (decider + the trace of the rules the decision carries).
        const traced = evaluateCaseTraced(input, { trusted: true });
        let differences = decisionDifferences(reference, traced);
        if (differences.length > 0) fail('traced', caseData.id, differences);
        // Untraced: generated code, and the closure path (where a CSP forbids generated code).
        differences = decisionDifferences(reference, evaluateCaseFast(input, { trusted: true }), { explanations: false });
        if (differences.length > 0) fail('fast', caseData.id, differences);
        differences = decisionDifferences(reference, evaluateCaseFast(input, { trusted: true, generateCode: false }), { explanations: false });
        if (differences.length > 0) fail('closures', caseData.id, differences);
        // Every 4th case: the trace of every rule (as rule coverage observes it), tree by tree.
        if (i % 4 === 0) {
          const observed: Explanation[] = [];
          const full = evaluateCaseTraced(input, { trusted: true, observer: { rule: (t) => observed.push(t.explanation) } });
          differences = decisionDifferences(reference, full);
          if (differences.length > 0) fail('observed decision', caseData.id, differences);
          const treeDifferences: string[] = [];
          for (let k = 0; k < trees.length; k++) {
            const d = decisionDifferences(
              { findings: [{ ruleId: String(k), code: '', explanation: trees[k] }], undecidedRules: [], missing: [] },
              { findings: [{ ruleId: String(k), code: '', explanation: observed[k] }], undecidedRules: [], missing: [] },
            );
            treeDifferences.push(...d);
          }
          if (observed.length !== trees.length) treeDifferences.push(`${observed.length} sporen ≠ ${trees.length} regels`);
          if (treeDifferences.length > 0) fail('trace of every rule', caseData.id, treeDifferences);
          treesCompared += trees.length;
        }
        // The first cases of each region: the whole decision (receipt, messages, policy choices, summary) of both full paths.
        if (i < 100) {
          differences = fullDecisionDifferences(await evaluateCaseReference(input), evaluateCaseTraced(input));
          if (differences.length > 0) fail('full decision', caseData.id, differences);
        }
        compared++;
        if (reference.findings.length > 0) firing++;
        if (reference.undecidedRules.length > 0) undecided++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(100_000);
    // Every published version of every rule set, and every municipality (its override), came up.
    const versions = [...targets.values()].flatMap((t) => t.versions.map((v) => `${v.id}@${v.version}`));
    expect(versions.filter((v) => !versionsSeen.has(v))).toEqual([]);
    const gemeenten = [...new Set([...targets.values()].flatMap((t) => t.region.gemeenten.map((g) => `${t.region.id}/${g.id}`)))];
    expect(gemeenten.filter((g) => !gemeentenSeen.has(g))).toEqual([]);
    // The population must exercise both outcomes and the undecided branch.
    expect(firing).toBeGreaterThan(compared / 10);
    expect(undecided).toBeGreaterThan(compared / 20);
    expect(treesCompared).toBeGreaterThan(compared * 2);
  }, 300_000);

  it('gives the same explanation trees on odd case shapes, for every rule set, version, municipality and perceel', async () => {
    const { targets } = await loadTargets();
    const withHidden = (base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> =>
      Object.defineProperty({ ...base }, key, { value, enumerable: false });
    const hoeToegang = { waarde: 'x', vastgesteldDoor: 'toegang' };
    const shapes = (base: Record<string, unknown>): Record<string, unknown>[] => [
      base,
      { ...base, besluit: null },
      { ...base, besluit: 'tekst' },
      { ...base, besluit: ['wat', 'hoe'] },
      { ...base, besluit: { hoe: 'tekst', wat: [] } },
      { ...base, besluit: { hoe: ['a', 'b'], indicatie: 'x' } },
      { ...base, besluit: { hoe: { product: 'tekst', duur: null, intensiteit: hoeToegang }, indicatie: { tot: null } } },
      { ...base, besluit: { hoe: { 'soort-hulp': hoeToegang, product: hoeToegang, duur: hoeToegang, aanbieder: hoeToegang } } },
      { ...base, besluit: { wat: { doelen: ['d'] }, eigenBijdrage: { bedrag: '19.00', vanaf: '2022-01-02' }, planVanAanpak: 'nee' } },
      withHidden(base, 'toewijzing', 'specifiek'),
      { ...base, besluit: withHidden({ hoe: {} }, 'indicatie', { tot: null }) },
      { ...base, melding: 'geen datum', client: 'geen object' },
    ];
    let compared = 0;
    for (const [id, target] of targets) {
      const [, domein, segment] = id.split('/');
      for (const ruleSet of target.versions) {
        for (const { id: gemeente } of target.region.gemeenten) {
          for (const perceel of [...Object.keys(ruleSet.policy.percelen), 'onbekend']) {
            const base = { id: 'VORM', gemeente, domein, segment, perceel, datum: '2022-06-01', toewijzing: 'specifiek', melding: { datum: '2022-01-01' } };
            for (const caseData of shapes(base)) {
              const reference = await evaluateReferenceLean(ruleSet, target.shared, caseData).catch((e: unknown) => e);
              const input = { caseData, ruleSet, region: target.region, sharedRules: target.shared };
              const observed: Explanation[] = [];
              let traced: ReturnType<typeof evaluateCaseTraced> | unknown;
              try {
                traced = evaluateCaseTraced(input, { trusted: true, observer: { rule: (t) => observed.push(t.explanation) } });
              } catch (e) {
                traced = e;
              }
              if (reference instanceof Error || traced instanceof Error) {
                expect(String(traced)).toBe(String(reference));
                continue;
              }
              const { decision, trees } = reference as Awaited<ReturnType<typeof evaluateReferenceLean>>;
              const differences = decisionDifferences(decision, traced as never);
              const lean = evaluateCaseTraced(input, { trusted: true });
              differences.push(...decisionDifferences(decision, lean));
              for (let k = 0; k < trees.length; k++) {
                differences.push(
                  ...decisionDifferences(
                    { findings: [{ ruleId: String(k), code: '', explanation: trees[k] }], undecidedRules: [], missing: [] },
                    { findings: [{ ruleId: String(k), code: '', explanation: observed[k] }], undecidedRules: [], missing: [] },
                  ),
                );
              }
              if (differences.length > 0)
                fail('odd shape', `${ruleSet.id} v${ruleSet.version} ${gemeente} ${perceel} ${JSON.stringify(caseData)}`, differences);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('gives the same provider decisions (whole decision) on every provider suite case and its variations', async () => {
    const regions = await repository.listRegions();
    const dir = join(root, 'test', 'regression', 'providers');
    let compared = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const suite = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { cases: { providers?: Record<string, unknown> }[] };
      for (const testCase of suite.cases) {
        const data = testCase.providers;
        if (!data) continue;
        const region = regions.find((x) => x.id === data.regio)!;
        const rulesetId = `${data.regio as string}/${data.domein as string}/${data.segment as string}`;
        for (const ruleSet of await repository.listVersions(rulesetId)) {
          const sharedRules = await loadSharedRules(repository, ruleSet);
          // As given, and with each provider's figures dropped (undecided rules, missing facts per provider).
          const aanbieders = (data.aanbieders ?? []) as Record<string, unknown>[];
          const variants = [data, { ...data, aanbieders: aanbieders.map(({ jaren: _jaren, ...rest }) => rest) }];
          for (const providerData of variants) {
            const input = { providerData, ruleSet, region, sharedRules };
            const reference = await evaluateProvidersReference(input).catch((e: unknown) => e);
            const traced = (() => {
              try {
                return evaluateProvidersTraced(input);
              } catch (e) {
                return e;
              }
            })();
            if (reference instanceof Error || traced instanceof Error) {
              expect((traced as { code?: string }).code).toBe((reference as { code?: string }).code);
              continue;
            }
            const differences = fullDecisionDifferences(reference as never, traced as never);
            if (differences.length > 0) fail('providers', `${file} ${ruleSet.version}`, differences);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
