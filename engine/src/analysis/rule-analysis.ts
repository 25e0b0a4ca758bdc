/**
 * Rules per context (municipality, perceel): can a rule fire, does it
 * always fire, can two rules with the same code fire for one case, can two
 * contradicting findings fire together. Decided exhaustively: conditions on
 * the policy are folded per context; the rest is evaluated with the compiled
 * conditions on one representative of every cell of the case space. A
 * result is `bewezen` only when every cell was decided.
 */
import { compileDecision, type CompiledRule, type ConditionJson, type Facts } from '../evaluate/compile/compile-rules';
import { foldCondition, type FoldedCondition } from '../evaluate/compile/fold-condition';
import { buildCaseFacts, deriveCaseDates, derivedDatesAreConstant, findFact } from '../facts/facts';
import { decideHoeResponsibility } from '../model/hoe-responsibility';
import type { PerceelPolicy, RuleJson, ToegangPolicy } from '../model/rule-set';
import { applyOverride } from '../rules/overrides';
import { parseFactPath } from '../rules/fact-path';
import { isFactRef } from '../evaluate/compile/compile-rules';
import { pointerSegment, type CaseWitness, type ConditionRef, type Proof } from './analysis-finding';
import { buildCaseSpace, forEachCell, leavesOf, realiseCell, type CaseSpace, type Leaf } from './case-space';
import { policyPointer } from './responsibility-map';
import { anchorDate, baseCase, observe, type AnalysisContext } from './witness';

/** Cells per rule (or pair of rules) beyond which the analysis says `niet-beslist` instead of enumerating. */
export const MAX_CELLS = 200_000;

export interface RuleContextResult {
  ruleId: string;
  code: string;
  gemeente: string;
  perceel: string;
  /** True: a witness fires it; false: proven it cannot; null: not decided (space too large). */
  canFire: boolean | null;
  alwaysFires: boolean;
  status: 'bewezen' | 'niet-beslist';
  /** Cells decided (realised and evaluated, or shown impossible). */
  cells: number;
  size?: number;
  /** Why it cannot fire: by the policy (folded) or by its own conditions. */
  deadBy?: 'beleid' | 'voorwaarden';
  witness?: CaseWitness;
  proof?: Proof;
}

export interface PairResult {
  kind: 'dubbel' | 'tegenstrijdig';
  ruleIds: [string, string];
  codes: [string, string];
  element?: string;
  gemeente: string;
  perceel: string;
  together: boolean | null;
  status: 'bewezen' | 'niet-beslist';
  cells: number;
  witness?: CaseWitness;
  proof?: Proof;
}

/** Pairs of codes that contradict each other for one element. */
export const CONTRADICTING_CODES: readonly [string, string][] = [
  ['HOE_BIJ_AANBIEDER', 'HOE_ONTBREEKT'],
  ['HOE_BIJ_AANBIEDER', 'HOE_IN_OVERLEG_VEREIST'],
  ['HOE_ONTBREEKT', 'HOE_IN_OVERLEG_VEREIST'],
];

/** The facts constant in a context, as the compiled evaluator folds them. */
export function contextConstants(context: AnalysisContext): { constants: Facts; beleid: PerceelPolicy | undefined; toegang: ToegangPolicy | undefined } {
  const { policy } = applyOverride(context.ruleSet, context.gemeente);
  const beleid = Object.prototype.hasOwnProperty.call(policy.percelen, context.perceel) ? policy.percelen[context.perceel] : undefined;
  const raw = beleid?.toegang;
  const toegang = raw && !('nietVanToepassing' in raw) ? (raw as ToegangPolicy) : undefined;
  const constants: Facts = {
    beleid,
    segment: { domein: policy.domein, segment: policy.segment, basiseenheid: policy.basiseenheid, percelen: Object.keys(policy.percelen) },
    hoeBeslisser: toegang ? decideHoeResponsibility(toegang) : undefined,
    gemeente: context.gemeente,
  };
  // As the compiled evaluator folds them: without a period or limit to count from a case date, the derived dates are constant.
  if (derivedDatesAreConstant(toegang)) constants.afgeleid = deriveCaseDates({}, toegang);
  return { constants, beleid, toegang };
}

/** The HOE elements a rule is about: those whose decider or decision it reads. */
export function elementsOf(rule: RuleJson): string[] {
  const out = new Set<string>();
  for (const leaf of leavesOf(rule.conditions as ConditionJson)) {
    const keys = leaf.path ? parseFactPath(leaf.path) : [];
    if (leaf.fact === 'hoeBeslisser' && keys[0]) out.add(keys[0]);
    if (leaf.fact === 'casus' && keys[0] === 'besluit' && keys[1] === 'hoe' && keys[2]) out.add(keys[2]);
  }
  return [...out].sort();
}

function describe(leaf: Leaf): string {
  const value = isFactRef(leaf.value) ? `${leaf.value.fact}${leaf.value.path ? ' ' + leaf.value.path : ''}` : JSON.stringify(leaf.value);
  return `${leaf.fact}${leaf.path ? ' ' + leaf.path : ''} ${leaf.operator} ${value}`;
}

function policyPointerOf(context: AnalysisContext, leaf: Leaf): string | undefined {
  const perceel = `/percelen/${pointerSegment(context.perceel)}`;
  const keys = leaf.path ? parseFactPath(leaf.path) : [];
  if (leaf.fact === 'beleid') return policyPointer(context.ruleSet, context.gemeente, `${perceel}${keys.map((k) => '/' + pointerSegment(k)).join('')}`).pointer;
  if (leaf.fact === 'hoeBeslisser') return policyPointer(context.ruleSet, context.gemeente, `${perceel}/toegang`).pointer;
  if (leaf.fact === 'segment') return '/policy/percelen';
  if (leaf.fact === 'afgeleid')
    return policyPointer(
      context.ruleSet,
      context.gemeente,
      keys[0] === 'indicatieUiterlijkTot' ? `${perceel}/toegang/indicatie/maxDuurMaanden` : `${perceel}/toegang/beschikkingsvrijeTermijnWeken`,
    ).pointer;
  return undefined;
}

function conditionRef(context: AnalysisContext, leaf: Leaf, constants: Facts): ConditionRef {
  const constant = Object.prototype.hasOwnProperty.call(constants, leaf.fact);
  let actual: unknown;
  if (constant) {
    actual = constants[leaf.fact];
    for (const key of leaf.path ? parseFactPath(leaf.path) : [])
      actual = actual && typeof actual === 'object' ? (actual as Record<string, unknown>)[key] : undefined;
  }
  const pointer = policyPointerOf(context, leaf);
  return {
    fact: leaf.fact,
    ...(leaf.path ? { path: leaf.path } : {}),
    operator: leaf.operator,
    value: leaf.value,
    ...(constant ? { actual: actual === undefined ? null : actual } : {}),
    ...(pointer ? { pointer } : {}),
    tekst: describe(leaf) + (constant ? ` (beleid hier: ${JSON.stringify(actual ?? null)})` : ''),
  };
}

/** The leaves that must all hold for the condition to hold (the conjunctive spine after folding). */
function conjuncts(node: FoldedCondition): FoldedCondition[] {
  if (node.kind === 'group' && node.type === 'all') return node.children.flatMap(conjuncts);
  return [node];
}

function toCondition(node: FoldedCondition): ConditionJson {
  if (node.kind === 'leaf') return node.condition;
  if (node.kind === 'not') return { not: toCondition(node.child) };
  if (node.kind === 'group') return { [node.type]: node.children.map(toCondition) } as ConditionJson;
  return { all: node.value ? [] : [{ any: [] }] } as ConditionJson;
}

interface Enumeration {
  space: CaseSpace;
  cells: number;
  status: 'bewezen' | 'niet-beslist';
  trueCells: number;
  realised: number;
  first?: { caseData: Record<string, unknown>; asOf: string };
}

/** Evaluates `deciders` on every cell of the space of `conditions`; counts cells where all hold. */
function enumerate(
  context: AnalysisContext,
  conditions: readonly ConditionJson[],
  deciders: readonly ((facts: Facts) => boolean | null)[],
  weeks: number | undefined,
  months: number | undefined,
  constants: Facts,
  stopAtFirst: boolean,
): Enumeration {
  const anchor = anchorDate(context.ruleSet);
  const space = buildCaseSpace(conditions, { anchor, weeks, months, constants });
  if (space.size > MAX_CELLS || space.inexact) return { space, cells: 0, status: 'niet-beslist', trueCells: 0, realised: 0 };
  const base = baseCase(context, anchor);
  const { policy } = applyOverride(context.ruleSet, context.gemeente);
  let cells = 0;
  let trueCells = 0;
  let realised = 0;
  let first: Enumeration['first'];
  forEachCell(space.dimensions, (values) => {
    cells++;
    const cell = realiseCell(base, space.dimensions, values, anchor);
    if (!cell) return;
    realised++;
    const facts = buildCaseFacts(cell.caseData, policy, cell.asOf);
    if (deciders.every((d) => d(facts) === true)) {
      trueCells++;
      first ??= cell;
      if (stopAtFirst) return false;
    }
    return true;
  });
  return { space, cells, status: 'bewezen', trueCells, realised, first };
}

function witnessOf(context: AnalysisContext, cell: { caseData: Record<string, unknown>; asOf: string }, ruleIds: string[], toelichting: string): CaseWitness {
  const caseData = {
    ...cell.caseData,
    id: `fictief-getuige-${ruleIds.map((r) => r.replace(/[^a-z0-9]+/gi, '-')).join('-en-')}-${context.gemeente}-${context.perceel}`,
  };
  const observed = observe(context, caseData, cell.asOf);
  return {
    kind: 'casus',
    case: caseData,
    asOf: cell.asOf,
    version: context.ruleSet.version,
    observed: { findings: observed.findings, firedRules: observed.firedRules },
    verified: !observed.error && ruleIds.every((id) => observed.firedRules.includes(id)),
    toelichting,
  };
}

/** Analyses every rule in one context. */
export function analyseRulesInContext(
  context: AnalysisContext,
  rules: readonly CompiledRule[],
): { results: RuleContextResult[]; pairs: PairResult[]; cells: number } {
  const { constants, toegang } = contextConstants(context);
  const weeks = toegang?.beschikkingsvrijeTermijnWeken;
  const months = toegang?.indicatie?.maxDuurMaanden;
  const results: RuleContextResult[] = [];
  let totalCells = 0;
  const folded = new Map<string, FoldedCondition>();
  for (const compiled of rules) {
    const { rule } = compiled.expanded;
    const node = foldCondition(rule.conditions as ConditionJson, constants, findFact);
    folded.set(rule.id, node);
    const common = { ruleId: rule.id, code: rule.event.type, gemeente: context.gemeente, perceel: context.perceel };
    if (node.kind === 'constant' && !node.value) {
      const falseLeaves = leavesOf(rule.conditions as ConditionJson).filter((leaf) => {
        if (!Object.prototype.hasOwnProperty.call(constants, leaf.fact)) return false;
        if (isFactRef(leaf.value) && !Object.prototype.hasOwnProperty.call(constants, leaf.value.fact)) return false;
        try {
          return compileDecision(leaf, findFact)(constants) === false;
        } catch {
          return false;
        }
      });
      totalCells++;
      results.push({
        ...common,
        canFire: false,
        alwaysFires: false,
        status: 'bewezen',
        cells: 1,
        deadBy: 'beleid',
        proof: {
          reden: 'Het beleid in deze context maakt de voorwaarden onwaar, voor elke casus.',
          conditions: falseLeaves.map((leaf) => conditionRef(context, leaf, constants)),
          cells: 1,
        },
      });
      continue;
    }
    const residual = toCondition(node);
    const decide = compiled.decide;
    const all = enumerate(context, [residual], [decide], weeks, months, constants, false);
    totalCells += all.cells;
    if (all.status === 'niet-beslist') {
      results.push({
        ...common,
        canFire: null,
        alwaysFires: false,
        status: 'niet-beslist',
        cells: 0,
        size: all.space.size,
        proof: { reden: all.space.inexact ? `Niet beslist: ${all.space.inexact}.` : `Niet beslist: ${all.space.size} cellen (meer dan ${MAX_CELLS}).` },
      });
      continue;
    }
    if (all.first) {
      results.push({
        ...common,
        canFire: true,
        alwaysFires: all.trueCells === all.realised,
        status: 'bewezen',
        cells: all.cells,
        witness: witnessOf(context, all.first, [rule.id], `Deze fictieve casus laat regel ${rule.id} vuren (${rule.event.type}).`),
      });
      continue;
    }
    // Cannot fire: name the conditions that exclude each other (one that never holds, or a pair that never holds together).
    const spine = conjuncts(node).map(toCondition);
    let named: ConditionJson[] | undefined;
    for (let i = 0; i < spine.length && !named; i++) {
      const one = enumerate(context, [spine[i]], [compileDecision(spine[i], findFact)], weeks, months, constants, true);
      totalCells += one.cells;
      if (one.status === 'bewezen' && !one.first) named = [spine[i]];
    }
    for (let i = 0; i < spine.length && !named; i++) {
      for (let j = i + 1; j < spine.length && !named; j++) {
        const two = enumerate(
          context,
          [spine[i], spine[j]],
          [compileDecision(spine[i], findFact), compileDecision(spine[j], findFact)],
          weeks,
          months,
          constants,
          true,
        );
        totalCells += two.cells;
        if (two.status === 'bewezen' && !two.first) named = [spine[i], spine[j]];
      }
    }
    const namedLeaves = (named ?? []).flatMap(leavesOf);
    results.push({
      ...common,
      canFire: false,
      alwaysFires: false,
      status: 'bewezen',
      cells: all.cells,
      deadBy: 'voorwaarden',
      proof: {
        reden:
          namedLeaves.length >= 2
            ? `De voorwaarden ${namedLeaves.map((l) => `"${describe(l)}"`).join(' en ')} kunnen nooit tegelijk waar zijn; alle ${all.cells} cellen beslist.`
            : namedLeaves.length === 1
              ? `De voorwaarde "${describe(namedLeaves[0])}" is voor geen enkele geldige casus waar; alle ${all.cells} cellen beslist.`
              : `Geen van de ${all.cells} cellen maakt de voorwaarden samen waar.`,
        conditions: namedLeaves.map((leaf) => conditionRef(context, leaf, constants)),
        cells: all.cells,
      },
    });
  }

  // Pairs: the same code for the same element (duplicate findings), contradicting codes for the same element.
  const pairs: PairResult[] = [];
  const byId = new Map(results.map((r) => [r.ruleId, r]));
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i].expanded.rule;
      const b = rules[j].expanded.rule;
      const kind =
        a.event.type === b.event.type
          ? 'dubbel'
          : CONTRADICTING_CODES.some(([x, y]) => (x === a.event.type && y === b.event.type) || (x === b.event.type && y === a.event.type))
            ? 'tegenstrijdig'
            : undefined;
      if (!kind) continue;
      const ea = elementsOf(a);
      const eb = elementsOf(b);
      const shared = ea.filter((e) => eb.includes(e));
      if (!(shared.length > 0 || (ea.length === 0 && eb.length === 0))) continue;
      const ra = byId.get(a.id) as RuleContextResult;
      const rb = byId.get(b.id) as RuleContextResult;
      const common = {
        kind,
        ruleIds: [a.id, b.id] as [string, string],
        codes: [a.event.type, b.event.type] as [string, string],
        ...(shared[0] ? { element: shared[0] } : {}),
        gemeente: context.gemeente,
        perceel: context.perceel,
      } as const;
      if (ra.canFire === false || rb.canFire === false) {
        const dead = ra.canFire === false ? ra : rb;
        pairs.push({
          ...common,
          together: false,
          status: 'bewezen',
          cells: 0,
          proof: { reden: `Regel ${dead.ruleId} kan hier niet vuren.`, conditions: dead.proof?.conditions },
        });
        continue;
      }
      const na = folded.get(a.id) as FoldedCondition;
      const nb = folded.get(b.id) as FoldedCondition;
      const both = enumerate(context, [toCondition(na), toCondition(nb)], [rules[i].decide, rules[j].decide], weeks, months, constants, true);
      totalCells += both.cells;
      if (both.status === 'niet-beslist') {
        pairs.push({ ...common, together: null, status: 'niet-beslist', cells: 0, proof: { reden: `Niet beslist: ${both.space.size} cellen.` } });
      } else if (both.first) {
        pairs.push({
          ...common,
          together: true,
          status: 'bewezen',
          cells: both.cells,
          witness: witnessOf(context, both.first, [a.id, b.id], `In deze fictieve casus vuren ${a.id} en ${b.id} allebei.`),
        });
      } else {
        pairs.push({
          ...common,
          together: false,
          status: 'bewezen',
          cells: both.cells,
          proof: { reden: `Geen van de ${both.cells} cellen laat beide regels vuren.`, cells: both.cells },
        });
      }
    }
  }
  return { results, pairs, cells: totalCells };
}
