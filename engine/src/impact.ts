/**
 * Impact analysis: evaluates a population of cases under two versions of a
 * rule set with the compiled evaluator and reports which outcomes change —
 * per finding, municipality and segment, with the € of the cases touched —
 * and, for the first few cases of every change, the reference decisions
 * with their explanations.
 */
import Decimal from 'decimal.js';
import type { Decision } from './decision';
import { evaluateCaseWith } from './evaluate';
import { evaluateCaseFast, type FastDecision } from './compile/compiled-evaluate';
import type { Region, RuleSetVersion, SharedRules } from './rule-set';
import { parseRuleSetId } from './rule-set';

export interface ImpactInput {
  from: RuleSetVersion;
  to: RuleSetVersion;
  /** Shared libraries either version names. */
  sharedRules: Record<string, SharedRules>;
  region: Region;
  cases: readonly Record<string, unknown>[];
  /** Only cases of this municipality. */
  gemeente?: string;
  /** Example cases per change (default 3). */
  examples?: number;
  /** Cases already validated against the case schema (e.g. generated); default false. */
  trusted?: boolean;
}

/** One change: a finding (code from a rule) that appears or disappears, or a rule that becomes (un)decided. */
export interface ImpactChange {
  kind: 'verschijnt' | 'verdwijnt' | 'wordt-onbeslist' | 'wordt-beslist';
  code: string;
  ruleId: string;
  cases: number;
  /** Sum of the cases' `bedragen` (all amounts of a case added), as a decimal string. */
  bedrag: string;
  examples: string[];
}

export interface ImpactGroup {
  cases: number;
  changed: number;
  verschenen: number;
  verdwenen: number;
  /** € of the changed cases. */
  bedragGewijzigd: string;
}

export interface ImpactReport {
  rulesetId: string;
  fromVersion: number;
  toVersion: number;
  gemeente: string | null;
  casesRead: number;
  /** Cases of this rule set's domain and segment (in the municipality, if given). */
  casesEvaluated: number;
  casesChanged: number;
  /** Finding codes: how many findings appear and disappear. */
  byCode: Record<string, { verschenen: number; verdwenen: number }>;
  byGemeente: Record<string, ImpactGroup>;
  bySegment: Record<string, ImpactGroup>;
  changes: ImpactChange[];
  /** Reference decisions (with explanations) of the example cases, by case id. */
  examples: Record<string, { from: Decision; to: Decision }>;
  /** Dutch one-liner: "geen wijzigingen" when nothing changes. */
  summary: string;
}

function caseAmount(caseData: Record<string, unknown>): Decimal {
  const amounts = caseData.bedragen as Record<string, string> | undefined;
  let total = new Decimal(0);
  if (amounts) for (const value of Object.values(amounts)) if (typeof value === 'string' || typeof value === 'number') total = total.plus(value);
  return total;
}

function group(map: Map<string, { cases: number; changed: number; verschenen: number; verdwenen: number; bedrag: Decimal }>, key: string) {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { cases: 0, changed: 0, verschenen: 0, verdwenen: 0, bedrag: new Decimal(0) }));
  return entry;
}

const keyOf = (code: string, ruleId: string): string => `${code}\u0000${ruleId}`;

/** Evaluates every case under both versions (compiled path) and, for the examples, the reference path. */
export async function computeImpact(input: ImpactInput): Promise<ImpactReport> {
  const { from, to, region } = input;
  const id = parseRuleSetId(from.id);
  const exampleLimit = input.examples ?? 3;
  const byCode = new Map<string, { verschenen: number; verdwenen: number }>();
  const byGemeente = new Map<string, { cases: number; changed: number; verschenen: number; verdwenen: number; bedrag: Decimal }>();
  const bySegment = new Map<string, { cases: number; changed: number; verschenen: number; verdwenen: number; bedrag: Decimal }>();
  const changes = new Map<string, ImpactChange & { amount: Decimal }>();
  const exampleCases = new Map<string, Record<string, unknown>>();
  let evaluated = 0;
  let changed = 0;
  const note = (kind: ImpactChange['kind'], code: string, ruleId: string, caseData: Record<string, unknown>, amount: Decimal): void => {
    const key = `${kind}\u0000${keyOf(code, ruleId)}`;
    let change = changes.get(key);
    if (!change) changes.set(key, (change = { kind, code, ruleId, cases: 0, bedrag: '0', examples: [], amount: new Decimal(0) }));
    change.cases++;
    change.amount = change.amount.plus(amount);
    if (change.examples.length < exampleLimit) {
      change.examples.push(String(caseData.id));
      exampleCases.set(String(caseData.id), caseData);
    }
  };
  for (const caseData of input.cases) {
    if (caseData.domein !== id.domain || caseData.segment !== id.segment) continue;
    if (input.gemeente !== undefined && caseData.gemeente !== input.gemeente) continue;
    evaluated++;
    const gemeente = String(caseData.gemeente);
    const segmentKey = `${id.domain}/${id.segment}/${String(caseData.perceel)}`;
    const g = group(byGemeente, gemeente);
    const s = group(bySegment, segmentKey);
    g.cases++;
    s.cases++;
    const before: FastDecision = evaluateCaseFast({ caseData, ruleSet: from, region, sharedRules: input.sharedRules }, { trusted: input.trusted });
    const after: FastDecision = evaluateCaseFast({ caseData, ruleSet: to, region, sharedRules: input.sharedRules }, { trusted: true });
    const beforeFindings = new Map(before.findings.map((f) => [keyOf(f.code, f.ruleId), f]));
    const afterFindings = new Map(after.findings.map((f) => [keyOf(f.code, f.ruleId), f]));
    const beforeUndecided = new Map(before.undecidedRules.map((u) => [keyOf(u.code, u.ruleId), u]));
    const afterUndecided = new Map(after.undecidedRules.map((u) => [keyOf(u.code, u.ruleId), u]));
    let caseChanged = false;
    let appeared = 0;
    let disappeared = 0;
    const amount = caseAmount(caseData);
    for (const [key, f] of afterFindings) {
      if (beforeFindings.has(key)) continue;
      caseChanged = true;
      appeared++;
      note('verschijnt', f.code, f.ruleId, caseData, amount);
      const c = byCode.get(f.code) ?? { verschenen: 0, verdwenen: 0 };
      c.verschenen++;
      byCode.set(f.code, c);
    }
    for (const [key, f] of beforeFindings) {
      if (afterFindings.has(key)) continue;
      caseChanged = true;
      disappeared++;
      note('verdwijnt', f.code, f.ruleId, caseData, amount);
      const c = byCode.get(f.code) ?? { verschenen: 0, verdwenen: 0 };
      c.verdwenen++;
      byCode.set(f.code, c);
    }
    for (const [key, u] of afterUndecided) {
      if (beforeUndecided.has(key)) continue;
      caseChanged = true;
      note('wordt-onbeslist', u.code, u.ruleId, caseData, amount);
    }
    for (const [key, u] of beforeUndecided) {
      if (afterUndecided.has(key)) continue;
      caseChanged = true;
      note('wordt-beslist', u.code, u.ruleId, caseData, amount);
    }
    if (caseChanged) {
      changed++;
      for (const entry of [g, s]) {
        entry.changed++;
        entry.verschenen += appeared;
        entry.verdwenen += disappeared;
        entry.bedrag = entry.bedrag.plus(amount);
      }
    }
  }
  const examples: ImpactReport['examples'] = {};
  for (const [caseId, caseData] of exampleCases) {
    examples[caseId] = {
      from: await evaluateCaseWith({ caseData, ruleSet: from, region, sharedRules: input.sharedRules }),
      to: await evaluateCaseWith({ caseData, ruleSet: to, region, sharedRules: input.sharedRules }),
    };
  }
  const groups = (map: typeof byGemeente): Record<string, ImpactGroup> =>
    Object.fromEntries(
      [...map.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, e]) => [
          key,
          { cases: e.cases, changed: e.changed, verschenen: e.verschenen, verdwenen: e.verdwenen, bedragGewijzigd: e.bedrag.toFixed(2) },
        ]),
    );
  const changeList = [...changes.values()]
    .sort((a, b) => b.cases - a.cases || a.kind.localeCompare(b.kind) || a.ruleId.localeCompare(b.ruleId))
    .map(({ amount, ...rest }) => ({ ...rest, bedrag: amount.toFixed(2) }));
  return {
    rulesetId: from.id,
    fromVersion: from.version,
    toVersion: to.version,
    gemeente: input.gemeente ?? null,
    casesRead: input.cases.length,
    casesEvaluated: evaluated,
    casesChanged: changed,
    byCode: Object.fromEntries([...byCode.entries()].sort(([a], [b]) => a.localeCompare(b))),
    byGemeente: groups(byGemeente),
    bySegment: groups(bySegment),
    changes: changeList,
    examples,
    summary:
      changed === 0
        ? `geen wijzigingen: ${evaluated} casussen, dezelfde uitkomsten onder versie ${from.version} en ${to.version}`
        : `${changed} van ${evaluated} casussen veranderen van uitkomst (versie ${from.version} → ${to.version})`,
  };
}
