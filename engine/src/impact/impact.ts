/**
 * Impact analysis: evaluates a population of cases under two versions of a
 * rule set with the compiled evaluator and reports which outcomes change —
 * per finding, municipality and segment, with the € of the cases touched —
 * and, for the first few cases of every change, the reference decisions
 * with their explanations. The counting is impact-tally.ts (which bulk
 * runs spread over worker threads); this file turns a tally into the report.
 */
import Decimal from 'decimal.js';
import type { Decision } from '../model/decision';
import { evaluateCaseWith } from '../evaluate/evaluate';
import { tallyImpact, type ImpactTally } from './impact-tally';
import { populationSignals, type PopulationSignal } from './population-signals';
import type { Region, RuleSetVersion, SharedRules } from '../model/rule-set';

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
  /** Population-level signals of the new version (a perceel's share against the share its policy expects). */
  signalen: PopulationSignal[];
  /** Dutch one-liner: "geen wijzigingen" when nothing changes. */
  summary: string;
}

/** The report of a tally: sorted groups and changes, and the reference decisions (with explanations) of the example cases. */
export async function finishImpact(input: Omit<ImpactInput, 'cases'>, tally: ImpactTally): Promise<ImpactReport> {
  const { from, to, region } = input;
  const examples: ImpactReport['examples'] = {};
  for (const [caseId, caseData] of tally.exampleCases) {
    examples[caseId] = {
      from: await evaluateCaseWith({ caseData, ruleSet: from, region, sharedRules: input.sharedRules }),
      to: await evaluateCaseWith({ caseData, ruleSet: to, region, sharedRules: input.sharedRules }),
    };
  }
  const groups = (entries: ImpactTally['byGemeente']): Record<string, ImpactGroup> =>
    Object.fromEntries(
      [...entries]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, e]) => [
          key,
          { cases: e.cases, changed: e.changed, verschenen: e.verschenen, verdwenen: e.verdwenen, bedragGewijzigd: new Decimal(e.bedrag).toFixed(2) },
        ]),
    );
  const changeList = tally.changes
    .map(([, change]) => change)
    .sort((a, b) => b.cases - a.cases || a.kind.localeCompare(b.kind) || a.ruleId.localeCompare(b.ruleId))
    .map((change) => ({ ...change, bedrag: new Decimal(change.bedrag).toFixed(2) }));
  const changed = tally.changed;
  const evaluated = tally.evaluated;
  const segmentPrefix = `${to.policy.domein}/${to.policy.segment}/`;
  const casesByPerceel = Object.fromEntries(
    tally.bySegment.filter(([key]) => key.startsWith(segmentPrefix)).map(([key, group]) => [key.slice(segmentPrefix.length), group.cases]),
  );
  return {
    rulesetId: from.id,
    fromVersion: from.version,
    toVersion: to.version,
    gemeente: input.gemeente ?? null,
    casesRead: tally.casesRead,
    casesEvaluated: evaluated,
    casesChanged: changed,
    byCode: Object.fromEntries([...tally.byCode].sort(([a], [b]) => a.localeCompare(b))),
    byGemeente: groups(tally.byGemeente),
    bySegment: groups(tally.bySegment),
    changes: changeList,
    examples,
    signalen: populationSignals(to.policy, casesByPerceel, evaluated),
    summary:
      changed === 0
        ? `geen wijzigingen: ${evaluated} casussen, dezelfde uitkomsten onder versie ${from.version} en ${to.version}`
        : `${changed} van ${evaluated} casussen veranderen van uitkomst (versie ${from.version} → ${to.version})`,
  };
}

/** Evaluates every case under both versions (compiled path) and, for the examples, the reference path. */
export async function computeImpact(input: ImpactInput): Promise<ImpactReport> {
  const tally = tallyImpact({ ...input, examples: input.examples ?? 3 }, input.cases);
  return finishImpact(input, tally);
}
