/**
 * The counting half of an impact analysis: evaluates a run of cases under
 * two versions (compiled path) and tallies what changes. A tally is plain
 * data (amounts as decimal strings), so runs can be counted on worker
 * threads and merged in case order into exactly the tally of one run.
 */
import Decimal from 'decimal.js';
import { evaluateCaseFast, type FastDecision } from '../evaluate/compile/compiled-evaluate';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';

/** What a tally needs besides the cases. */
export interface TallyInput {
  from: RuleSetVersion;
  to: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  gemeente?: string;
  /** Example cases kept per change. */
  examples: number;
  trusted?: boolean;
}

export type ChangeKind = 'verschijnt' | 'verdwijnt' | 'wordt-onbeslist' | 'wordt-beslist';

/** Counts for a municipality or segment; `bedrag` is the € of its changed cases. */
export interface GroupTally {
  cases: number;
  changed: number;
  verschenen: number;
  verdwenen: number;
  bedrag: string;
}

export interface ChangeTally {
  kind: ChangeKind;
  code: string;
  ruleId: string;
  cases: number;
  bedrag: string;
  /** Ids of the first example cases, in case order. */
  examples: string[];
}

/** The tally of a run of cases; every list is in order of first occurrence in the run. */
export interface ImpactTally {
  casesRead: number;
  evaluated: number;
  changed: number;
  byCode: [string, { verschenen: number; verdwenen: number }][];
  byGemeente: [string, GroupTally][];
  bySegment: [string, GroupTally][];
  /** Keyed by kind, code and rule. */
  changes: [string, ChangeTally][];
  /** The example cases, in case order. */
  exampleCases: [string, Record<string, unknown>][];
}

function caseAmount(caseData: Record<string, unknown>): Decimal {
  const amounts = caseData.bedragen as Record<string, string> | undefined;
  let total = new Decimal(0);
  if (amounts) for (const value of Object.values(amounts)) if (typeof value === 'string' || typeof value === 'number') total = total.plus(value);
  return total;
}

interface Group {
  cases: number;
  changed: number;
  verschenen: number;
  verdwenen: number;
  bedrag: Decimal;
}

function group(map: Map<string, Group>, key: string): Group {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { cases: 0, changed: 0, verschenen: 0, verdwenen: 0, bedrag: new Decimal(0) }));
  return entry;
}

const keyOf = (code: string, ruleId: string): string => `${code}\u0000${ruleId}`;
const groupTally = ([key, g]: [string, Group]): [string, GroupTally] => [key, { ...g, bedrag: g.bedrag.toString() }];

/** Evaluates every case of the rule set's segment (and municipality, if given) under both versions and tallies the changes. */
export function tallyImpact(input: TallyInput, cases: readonly Record<string, unknown>[]): ImpactTally {
  const { from, to, region } = input;
  const id = parseRuleSetId(from.id);
  const byCode = new Map<string, { verschenen: number; verdwenen: number }>();
  const byGemeente = new Map<string, Group>();
  const bySegment = new Map<string, Group>();
  const changes = new Map<string, ChangeTally & { amount: Decimal }>();
  const exampleCases = new Map<string, Record<string, unknown>>();
  let evaluated = 0;
  let changed = 0;
  const note = (kind: ChangeKind, code: string, ruleId: string, caseData: Record<string, unknown>, amount: Decimal): void => {
    const key = `${kind}\u0000${keyOf(code, ruleId)}`;
    let change = changes.get(key);
    if (!change) changes.set(key, (change = { kind, code, ruleId, cases: 0, bedrag: '0', examples: [], amount: new Decimal(0) }));
    change.cases++;
    change.amount = change.amount.plus(amount);
    if (change.examples.length < input.examples) {
      change.examples.push(String(caseData.id));
      exampleCases.set(String(caseData.id), caseData);
    }
  };
  const count = (code: string, field: 'verschenen' | 'verdwenen'): void => {
    const c = byCode.get(code) ?? { verschenen: 0, verdwenen: 0 };
    c[field]++;
    byCode.set(code, c);
  };
  for (const caseData of cases) {
    if (caseData.domein !== id.domain || caseData.segment !== id.segment) continue;
    if (input.gemeente !== undefined && caseData.gemeente !== input.gemeente) continue;
    evaluated++;
    const g = group(byGemeente, String(caseData.gemeente));
    const s = group(bySegment, `${id.domain}/${id.segment}/${String(caseData.perceel)}`);
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
      count(f.code, 'verschenen');
    }
    for (const [key, f] of beforeFindings) {
      if (afterFindings.has(key)) continue;
      caseChanged = true;
      disappeared++;
      note('verdwijnt', f.code, f.ruleId, caseData, amount);
      count(f.code, 'verdwenen');
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
  return {
    casesRead: cases.length,
    evaluated,
    changed,
    byCode: [...byCode.entries()],
    byGemeente: [...byGemeente.entries()].map(groupTally),
    bySegment: [...bySegment.entries()].map(groupTally),
    changes: [...changes.entries()].map(([key, { amount, ...change }]) => [key, { ...change, bedrag: amount.toString() }]),
    exampleCases: [...exampleCases.entries()],
  };
}

function mergeGroups(tallies: readonly ImpactTally[], pick: (t: ImpactTally) => [string, GroupTally][]): [string, GroupTally][] {
  const merged = new Map<string, GroupTally>();
  for (const tally of tallies) {
    for (const [key, g] of pick(tally)) {
      const m = merged.get(key);
      if (!m) merged.set(key, { ...g });
      else {
        m.cases += g.cases;
        m.changed += g.changed;
        m.verschenen += g.verschenen;
        m.verdwenen += g.verdwenen;
        m.bedrag = new Decimal(m.bedrag).plus(g.bedrag).toString();
      }
    }
  }
  return [...merged.entries()];
}

/** Merges the tallies of consecutive runs (in case order) into the tally of the whole: the same as one run over all cases. */
export function mergeTallies(tallies: readonly ImpactTally[], examples: number): ImpactTally {
  const byCode = new Map<string, { verschenen: number; verdwenen: number }>();
  for (const tally of tallies) {
    for (const [code, c] of tally.byCode) {
      const m = byCode.get(code) ?? { verschenen: 0, verdwenen: 0 };
      byCode.set(code, { verschenen: m.verschenen + c.verschenen, verdwenen: m.verdwenen + c.verdwenen });
    }
  }
  const changes = new Map<string, ChangeTally>();
  for (const tally of tallies) {
    for (const [key, c] of tally.changes) {
      const m = changes.get(key);
      if (!m) changes.set(key, { ...c, examples: c.examples.slice(0, examples) });
      else {
        m.cases += c.cases;
        m.bedrag = new Decimal(m.bedrag).plus(c.bedrag).toString();
        m.examples.push(...c.examples.slice(0, examples - m.examples.length));
      }
    }
  }
  // The examples that remain, in case order (as one run would have collected them).
  const kept = new Set([...changes.values()].flatMap((c) => c.examples));
  const exampleCases = new Map<string, Record<string, unknown>>();
  for (const tally of tallies)
    for (const [caseId, caseData] of tally.exampleCases) if (kept.has(caseId) && !exampleCases.has(caseId)) exampleCases.set(caseId, caseData);
  return {
    casesRead: tallies.reduce((n, t) => n + t.casesRead, 0),
    evaluated: tallies.reduce((n, t) => n + t.evaluated, 0),
    changed: tallies.reduce((n, t) => n + t.changed, 0),
    byCode: [...byCode.entries()],
    byGemeente: mergeGroups(tallies, (t) => t.byGemeente),
    bySegment: mergeGroups(tallies, (t) => t.bySegment),
    changes: [...changes.entries()],
    exampleCases: [...exampleCases.entries()],
  };
}
