/**
 * Rules on provider data (subject `aanbieders`), decided exhaustively per
 * version and perceel. Provider rules read derived facts (engine/src/facts/
 * provider-facts.ts), so the partition is taken one step back, over the parts
 * of a provider file each derived fact is computed from: the provider's
 * type, whether it is contracted, its request to join, its additional
 * agreements, an agreement in a unit (per unit, and per class of
 * municipalities whose funding policy allows the same conversion), the
 * figures of the last completed year (numbers split at every threshold a
 * condition or a performance category compares with), the number of
 * contracted providers, the award and the extra capacity (below, at and
 * above the maximum, with and without an established shortfall). Every cell
 * is realised as a concrete provider file, its facts are built by the real
 * fact builder and the compiled condition decides it; the first cell that
 * fires becomes a witness file, verified by the provider evaluator. A rule
 * reading a derived fact this partition does not cover is `niet-beslist`,
 * with the reason, never sampled.
 */
import { compileRules, isFactRef, type CompiledRule, type ConditionJson, type Facts } from '../evaluate/compile/compile-rules';
import { foldCondition, type FoldedCondition } from '../evaluate/compile/fold-condition';
import { evaluateProvidersTraced } from '../evaluate/compile/compiled-evaluate';
import { prepareRuleSet } from '../evaluate/prepare-rule-set';
import { buildProviderFacts } from '../facts/provider-facts';
import { deriveExtraCapacity } from '../facts/provider-extra-capacity';
import type { ProviderCategory } from '../facts/provider-category';
import { findSubjectFact } from '../facts/rule-subjects';
import { formatCents, parseAmount } from '../funding/money';
import { isSturingError } from '../model/errors';
import type { PerceelPolicy, Region, RuleSetVersion, SharedRules } from '../model/rule-set';
import { parseRuleSetId } from '../model/rule-set';
import { SCHEMAS, validateAgainstSchema } from '../model/schemas';
import { applyOverride } from '../rules/overrides';
import { parseFactPath } from '../rules/fact-path';
import { pointerSegment, type Proof } from './analysis-finding';
import { leavesOf, type Leaf } from './case-space';
import { CONTRADICTING_CODES, MAX_CELLS } from './rule-analysis';

/** A provider file that shows a provider rule firing, verified by running the provider evaluator on it. */
export interface ProviderWitness {
  kind: 'aanbieders';
  providers: Record<string, unknown>;
  asOf: string;
  version: number;
  /** Codes (fout and waarschuwing) the evaluator gave, and the rules that fired. */
  observed: { findings: string[]; firedRules: string[] };
  verified: boolean;
  toelichting: string;
}

export interface ProviderRuleResult {
  ruleId: string;
  code: string;
  perceel: string;
  /** Per perceel, or per provider on the perceel (rules that read the fact `aanbieder`). */
  level: 'perceel' | 'aanbieder';
  canFire: boolean | null;
  /** Fires for every provider file the partition realises on this perceel (bewezen only). */
  alwaysFires?: boolean;
  status: 'bewezen' | 'niet-beslist';
  /** Cells decided: realised and evaluated, or shown to have no provider file. */
  cells: number;
  size?: number;
  deadBy?: 'beleid' | 'voorwaarden';
  witness?: ProviderWitness;
  proof?: Proof;
}

/** One part of a provider file the derived facts are computed from, with its finite set of representatives. */
interface Feature {
  key: string;
  values: readonly unknown[];
}

interface Thresholds {
  clienten: number[];
  wlzOvergangen: number[];
  uitvalPct: number[];
  clientervaring: number[];
  doelrealisatiePct: number[];
  aantalGecontracteerd: number[];
  prijsPct: number[];
  kwaliteitPct: number[];
}

const MAIN_ID = 'getuige';
const KPI_KEYS = ['uitvalPct', 'clientervaring', 'doelrealisatiePct'] as const;
type KpiKey = (typeof KPI_KEYS)[number];

function schemaEnum(pointer: string): string[] {
  let node = SCHEMAS['providers.schema.json'] as unknown as Record<string, unknown>;
  for (const key of pointer.split('/').filter(Boolean)) node = node[key] as Record<string, unknown>;
  return [...(node.enum as string[])];
}

function schemaBounds(kpi: KpiKey): [number, number] {
  const node = (
    SCHEMAS['providers.schema.json'] as unknown as {
      $defs: { jaarcijfers: { properties: { kpi: { properties: Record<string, { minimum: number; maximum: number }> } } } };
    }
  ).$defs.jaarcijfers.properties.kpi.properties[kpi];
  return [node.minimum, node.maximum];
}

/** Integers from `min` up, split at each threshold: every outcome of a comparison with an integer input. */
function integerSplits(thresholds: readonly number[], min: number, max = Number.MAX_SAFE_INTEGER): number[] {
  const values = new Set<number>([min]);
  for (const t of thresholds) for (const n of [Math.floor(t) - 1, Math.floor(t), Math.ceil(t), Math.ceil(t) + 1]) if (n >= min && n <= max) values.add(n);
  return [...values].sort((a, b) => a - b);
}

/** Numbers in [min, max]: the bounds, each threshold and a point between every two neighbours — each interval and point once. */
function numberSplits(thresholds: readonly number[], min: number, max: number): number[] {
  const points = [...new Set([min, max, ...thresholds.filter((t) => t >= min && t <= max)])].sort((a, b) => a - b);
  const out = [...points];
  for (let i = 0; i + 1 < points.length; i++) out.push((points[i] + points[i + 1]) / 2);
  return [...new Set(out)].sort((a, b) => a - b);
}

const ABSENT = Symbol('afwezig');

/** What a derived-fact path of a rule needs from the file; undefined when the partition does not cover it. */
function featuresFor(fact: string, path: string | undefined, operator: string): string[] | undefined {
  const keys = path ? parseFactPath(path) : [];
  const listOps = ['isLeeg', 'bestaat'];
  if (fact === 'aanbieder') {
    const [head, sub, leaf] = keys;
    if (head === undefined) return undefined;
    if (['id', 'naam', 'perceel'].includes(head) && sub === undefined) return [];
    if (head === 'type' && sub === undefined) return ['type'];
    if (head === 'gecontracteerd' && sub === undefined) return ['gecontracteerd'];
    if (head === 'toetreding') {
      if (sub === undefined) return listOps.includes(operator) || operator === 'equal' || operator === 'notEqual' ? ['toetreding'] : undefined;
      return sub === 'aanvullendOfInnovatief' && leaf === undefined ? ['toetreding'] : undefined;
    }
    if (head === 'aanvullendeAfspraken' && sub === undefined && listOps.includes(operator)) return ['aanvullend'];
    if (head === 'afwijkendeEenheden' && sub === undefined && listOps.includes(operator)) return ['eenheid'];
    if (head === 'categorie' && sub === undefined) return ['recent', ...KPI_KEYS];
    if (head === 'recent') {
      if (sub === undefined) return listOps.includes(operator) ? ['recent'] : undefined;
      if ((sub === 'clienten' || sub === 'wlzOvergangen') && leaf === undefined) return ['recent', sub];
      if (sub === 'kpi' && (KPI_KEYS as readonly string[]).includes(leaf) && keys.length === 3) return ['recent', leaf];
    }
    return undefined;
  }
  if (fact === 'perceel') {
    const [head, sub] = keys;
    if (head === 'naam' && sub === undefined) return [];
    if (head === 'aantalGecontracteerd' && sub === undefined) return ['aantal'];
    if (head === 'gunning') {
      if (sub === undefined) return listOps.includes(operator) ? ['gunning'] : undefined;
      return ['criterium', 'prijsPct', 'kwaliteitPct'].includes(sub) && keys.length === 2 ? ['gunning'] : undefined;
    }
    if (head === 'extraCapaciteit') {
      if (sub === undefined) return listOps.includes(operator) ? ['extra'] : undefined;
      return ['toegestaan', 'tekortVastgesteld'].includes(sub) && keys.length === 2 ? ['extra'] : undefined;
    }
    return undefined;
  }
  return undefined;
}

function readConstant(constants: Facts, fact: string, path: string | undefined): unknown {
  let current: unknown = constants[fact];
  for (const key of path ? parseFactPath(path) : []) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

function toCondition(node: FoldedCondition): ConditionJson {
  if (node.kind === 'leaf') return node.condition;
  if (node.kind === 'not') return { not: toCondition(node.child) };
  if (node.kind === 'group') return { [node.type]: node.children.map(toCondition) } as ConditionJson;
  return { all: node.value ? [] : [{ any: [] }] } as ConditionJson;
}

function describe(leaf: Leaf): string {
  const value = isFactRef(leaf.value) ? `${leaf.value.fact}${leaf.value.path ? ' ' + leaf.value.path : ''}` : JSON.stringify(leaf.value);
  return `${leaf.fact}${leaf.path ? ' ' + leaf.path : ''} ${leaf.operator} ${value}`;
}

/** The regional policy of a perceel as provider rules see it (no municipal override), with the segment facts. */
function providerConstants(ruleSet: RuleSetVersion, perceel: string): Facts {
  const policy = ruleSet.policy;
  return {
    beleid: policy.percelen[perceel],
    segment: { domein: policy.domein, segment: policy.segment, basiseenheid: policy.basiseenheid, percelen: Object.keys(policy.percelen) },
  };
}

/** One municipality per class of identical applied funding choices for the perceel (what the unit check reads), after "no municipality". */
function municipalityClasses(ruleSet: RuleSetVersion, perceel: string, region: Region): (string | undefined)[] {
  const seen = new Map<string, string | undefined>();
  const keyOf = (gemeente: string | undefined) => {
    const bekostiging = applyOverride(ruleSet, gemeente).policy.percelen[perceel]?.bekostiging as Record<string, unknown> | undefined;
    return JSON.stringify([bekostiging?.omzettingNaarPlekken ?? null, bekostiging?.vorm ?? null]);
  };
  seen.set(`regio:${keyOf(undefined)}`, undefined);
  for (const g of region.gemeenten) {
    const key = keyOf(g.id);
    if (![...seen.keys()].some((k) => k === key || k === `regio:${key}`)) seen.set(key, g.id);
  }
  return [...seen.values()];
}

interface ProviderContext {
  ruleSet: RuleSetVersion;
  sharedRules: Record<string, SharedRules>;
  region: Region;
  perceel: string;
  asOf: string;
}

/** The features a residual condition needs, or the leaf the partition cannot cover. */
function neededFeatures(residual: ConditionJson, constants: Facts): { features: Set<string>; thresholds: Thresholds; absent: Leaf[] } | { uncovered: Leaf } {
  const features = new Set<string>();
  // Comparisons with a policy value the policy does not set: false for every number (a comparison with undefined never holds).
  const absent: Leaf[] = [];
  const thresholds: Thresholds = {
    clienten: [],
    wlzOvergangen: [],
    uitvalPct: [],
    clientervaring: [],
    doelrealisatiePct: [],
    aantalGecontracteerd: [],
    prijsPct: [],
    kwaliteitPct: [],
  };
  for (const leaf of leavesOf(residual)) {
    const sides: { fact: string; path?: string; other: unknown }[] = [{ fact: leaf.fact, path: leaf.path, other: leaf.value }];
    if (isFactRef(leaf.value)) sides.push({ fact: leaf.value.fact, path: leaf.value.path, other: { fact: leaf.fact, path: leaf.path } });
    for (const side of sides) {
      if (Object.prototype.hasOwnProperty.call(constants, side.fact)) continue;
      const needed = featuresFor(side.fact, side.path, leaf.operator);
      if (!needed) return { uncovered: leaf };
      for (const f of needed) features.add(f);
      const other = isFactRef(side.other) ? readConstant(constants, side.other.fact, side.other.path) : side.other;
      if (isFactRef(side.other) && !Object.prototype.hasOwnProperty.call(constants, side.other.fact)) return { uncovered: leaf };
      const last = side.path ? parseFactPath(side.path).at(-1) : undefined;
      if (last && last in thresholds && !['isLeeg', 'bestaat'].includes(leaf.operator)) {
        const list = thresholds[last as keyof Thresholds];
        if (NUMERIC_OPS.has(leaf.operator) && typeof other === 'number') list.push(other);
        else if (NUMERIC_OPS.has(leaf.operator) && other === undefined && isFactRef(side.other)) absent.push(leaf);
        // Membership in a list of numbers: each member is a threshold.
        else if (Array.isArray(other) && other.every((n) => typeof n === 'number')) list.push(...(other as number[]));
        else return { uncovered: leaf };
      }
    }
  }
  if (features.has('recent')) {
    // The category reads the KPIs against every category's thresholds.
    const management = (constants.beleid as PerceelPolicy | undefined)?.leveranciersmanagement as { categorieen?: ProviderCategory[] } | undefined;
    for (const c of management?.categorieen ?? []) {
      if (c.maxUitvalPct !== undefined) thresholds.uitvalPct.push(c.maxUitvalPct);
      if (c.minClientervaring !== undefined) thresholds.clientervaring.push(c.minClientervaring);
      if (c.minDoelrealisatiePct !== undefined) thresholds.doelrealisatiePct.push(c.minDoelrealisatiePct);
    }
  }
  return { features, thresholds, absent };
}

const NUMERIC_OPS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual']);

/** The representatives of every needed feature. */
function buildFeatures(context: ProviderContext, needed: Set<string>, thresholds: Thresholds): Feature[] {
  const { ruleSet, perceel } = context;
  const out: Feature[] = [];
  const units = schemaEnum('/$defs/eenheid');
  if (needed.has('type')) out.push({ key: 'type', values: schemaEnum('/$defs/aanbieder/properties/type') });
  if (needed.has('gecontracteerd')) out.push({ key: 'gecontracteerd', values: [true, false] });
  if (needed.has('toetreding')) out.push({ key: 'toetreding', values: [null, true, false, ABSENT] });
  if (needed.has('aanvullend')) out.push({ key: 'aanvullend', values: ['geen', 'afspraak', 'verzoek'] });
  if (needed.has('eenheid')) {
    const values: unknown[] = ['geen'];
    for (const bron of ['afspraak', 'verzoek'])
      for (const eenheid of units) for (const gemeente of municipalityClasses(ruleSet, perceel, context.region)) values.push({ bron, eenheid, gemeente });
    out.push({ key: 'eenheid', values });
  }
  if (needed.has('recent')) out.push({ key: 'recent', values: [false, true] });
  if (needed.has('clienten')) out.push({ key: 'clienten', values: [ABSENT, ...integerSplits(thresholds.clienten, 0)] });
  if (needed.has('wlzOvergangen')) out.push({ key: 'wlzOvergangen', values: [ABSENT, ...integerSplits(thresholds.wlzOvergangen, 0)] });
  for (const kpi of KPI_KEYS) if (needed.has(kpi)) out.push({ key: kpi, values: [ABSENT, ...numberSplits(thresholds[kpi], ...schemaBounds(kpi))] });
  if (needed.has('aantal')) out.push({ key: 'aantal', values: integerSplits(thresholds.aantalGecontracteerd, 0, 500) });
  if (needed.has('gunning')) {
    const values: unknown[] = ['geen'];
    for (const criterium of [ABSENT, ...schemaEnum('/$defs/gunning/properties/criterium')])
      for (const prijsPct of [ABSENT, ...numberSplits(thresholds.prijsPct, 0, 100)])
        for (const kwaliteitPct of thresholds.kwaliteitPct.length > 0 ? [ABSENT, ...numberSplits(thresholds.kwaliteitPct, 0, 100)] : [ABSENT])
          values.push({ criterium, prijsPct, kwaliteitPct });
    out.push({ key: 'gunning', values });
  }
  if (needed.has('extra')) {
    const values: unknown[] = ['geen'];
    for (const tekortVastgesteld of [true, false]) for (const som of ['nul', 'onder', 'gelijk', 'boven']) values.push({ tekortVastgesteld, som });
    out.push({ key: 'extra', values });
  }
  return out;
}

const CONTRACT_VALUE = '100000.00';

const maxima = new WeakMap<RuleSetVersion, Map<string, string>>();

/** The maximum extra capacity of the perceel for a contracted value, as the funding model computes it (once per version, perceel and year). */
function extraMaximum(ruleSet: RuleSetVersion, perceel: string, year: number): string {
  let byPerceel = maxima.get(ruleSet);
  if (!byPerceel) maxima.set(ruleSet, (byPerceel = new Map()));
  const key = `${perceel}|${year}`;
  let maximum = byPerceel.get(key);
  if (maximum === undefined) byPerceel.set(key, (maximum = computeExtraMaximum(ruleSet, perceel, year)));
  return maximum;
}

function computeExtraMaximum(ruleSet: RuleSetVersion, perceel: string, year: number): string {
  const contract = ruleSet.policy.percelen[perceel]?.contract as { extraCapaciteitMaxPct?: unknown } | undefined;
  const pct = typeof contract?.extraCapaciteitMaxPct === 'number' ? contract.extraCapaciteitMaxPct : undefined;
  return (
    deriveExtraCapacity([{ perceel, jaar: year, gecontracteerdeWaarde: CONTRACT_VALUE, tekortVastgesteld: true, inkopen: [] }], year, pct)?.maximum ?? '0.00'
  );
}

/** The provider file of one cell, or undefined when no file has these parts (e.g. fewer contracted providers than the one rated). */
function realise(
  context: ProviderContext,
  features: readonly Feature[],
  values: readonly unknown[],
  level: 'perceel' | 'aanbieder',
): Record<string, unknown> | undefined {
  const { ruleSet, perceel, asOf } = context;
  const id = parseRuleSetId(ruleSet.id);
  const year = Number(asOf.slice(0, 4));
  const v = new Map(features.map((f, i) => [f.key, values[i]]));
  const base = ruleSet.policy.basiseenheid;
  const main: Record<string, unknown> = {
    id: MAIN_ID,
    naam: 'Aanbieder getuige (fictief)',
    type: v.get('type') ?? 'regionaal-strategisch',
    gecontracteerdePercelen: [],
  };
  const afspraken: Record<string, unknown>[] = [];
  const verzoeken: Record<string, unknown>[] = [];
  const contracted = level === 'aanbieder' && v.get('gecontracteerd') !== false;
  if (contracted) main.gecontracteerdePercelen = [perceel];
  const toetreding = v.get('toetreding');
  if (toetreding !== undefined && toetreding !== null)
    verzoeken.push({ soort: 'toetreding', perceel, datum: asOf, ...(toetreding === ABSENT ? {} : { aanvullendOfInnovatief: toetreding }) });
  const aanvullend = v.get('aanvullend');
  if (aanvullend === 'afspraak') afspraken.push({ perceel, soort: 'aanvullend', eenheid: base, omschrijving: 'Fictieve aanvullende afspraak.' });
  if (aanvullend === 'verzoek') verzoeken.push({ soort: 'aanvullende-afspraak', perceel, datum: asOf });
  const eenheid = v.get('eenheid') as { bron: string; eenheid: string; gemeente?: string } | 'geen' | undefined;
  if (eenheid && eenheid !== 'geen') {
    const gemeente = eenheid.gemeente ? { gemeente: eenheid.gemeente } : {};
    if (eenheid.bron === 'afspraak') afspraken.push({ perceel, soort: 'raamovereenkomst', eenheid: eenheid.eenheid, ...gemeente });
    else verzoeken.push({ soort: 'afspraak-in-eenheid', perceel, datum: asOf, eenheid: eenheid.eenheid, ...gemeente });
  }
  if (level === 'aanbieder' && !contracted && afspraken.length === 0 && verzoeken.length === 0) {
    // Not contracted and nothing asked: active on the perceel only through an agreement on the base unit (changes no derived fact).
    if (!schemaEnum('/$defs/eenheid').includes(base)) return undefined;
    afspraken.push({ perceel, soort: 'raamovereenkomst', eenheid: base });
  }
  const recent = v.get('recent');
  const figures: Record<string, unknown> = { jaar: year - 1 };
  if (v.has('clienten') && v.get('clienten') !== ABSENT) figures.clienten = v.get('clienten');
  if (v.has('wlzOvergangen') && v.get('wlzOvergangen') !== ABSENT) figures.wlzOvergangen = v.get('wlzOvergangen');
  const kpi: Record<string, unknown> = {};
  for (const k of KPI_KEYS) if (v.has(k) && v.get(k) !== ABSENT) kpi[k] = v.get(k);
  if (Object.keys(kpi).length > 0) figures.kpi = kpi;
  if (recent === false && Object.keys(figures).length > 1) return undefined; // no last completed year has no figures
  if (recent === true) main.jaren = [figures];
  if (afspraken.length > 0) main.afspraken = afspraken;
  if (verzoeken.length > 0) main.verzoeken = verzoeken;
  const aanbieders: Record<string, unknown>[] = level === 'aanbieder' ? [main] : [];
  if (v.has('aantal')) {
    const fillers = (v.get('aantal') as number) - (contracted ? 1 : 0);
    if (fillers < 0) return undefined;
    for (let i = 1; i <= fillers; i++)
      aanbieders.push({
        id: `vulling-${i}`,
        naam: `Gecontracteerde aanbieder ${i} (fictief)`,
        type: 'regionaal-strategisch',
        gecontracteerdePercelen: [perceel],
      });
  }
  const file: Record<string, unknown> = {
    id: `fictief-getuige-${perceel}`,
    toelichting: 'Fictieve aanbiedersgegevens, gegenereerd door de beleidsanalyse als getuige.',
    regio: id.region,
    domein: id.domain,
    segment: id.segment,
    datum: asOf,
    aanbieders,
  };
  const gunning = v.get('gunning') as { criterium: unknown; prijsPct: unknown; kwaliteitPct: unknown } | 'geen' | undefined;
  if (gunning && gunning !== 'geen') {
    const award: Record<string, unknown> = { perceel };
    if (gunning.criterium !== ABSENT) award.criterium = gunning.criterium;
    if (gunning.prijsPct !== ABSENT) award.prijsPct = gunning.prijsPct;
    if (gunning.kwaliteitPct !== ABSENT) award.kwaliteitPct = gunning.kwaliteitPct;
    file.gunningen = [award];
  }
  const extra = v.get('extra') as { tekortVastgesteld: boolean; som: string } | 'geen' | undefined;
  if (extra && extra !== 'geen') {
    const maximum = parseAmount(extraMaximum(ruleSet, perceel, year));
    const cent = parseAmount('0.01');
    const som = extra.som === 'nul' ? undefined : extra.som === 'onder' ? cent : extra.som === 'gelijk' ? maximum : maximum.plus(cent);
    if (som !== undefined && (som.lte(0) || (extra.som === 'onder' && !som.lt(maximum)))) return undefined;
    file.extraCapaciteit = [
      {
        perceel,
        jaar: year,
        gecontracteerdeWaarde: CONTRACT_VALUE,
        tekortVastgesteld: extra.tekortVastgesteld,
        inkopen: som === undefined ? [] : [{ bedrag: formatCents(som), aanbieder: 'Aanbieder buiten de raamovereenkomst (fictief)' }],
      },
    ];
  }
  return validateAgainstSchema('providers.schema.json', file).length === 0 ? file : undefined;
}

/** Calls `visit` with every combination of feature values (odometer order); stops when it returns false. */
function forEachValues(features: readonly Feature[], visit: (values: unknown[]) => boolean): void {
  if (features.some((f) => f.values.length === 0)) return;
  const index = new Array<number>(features.length).fill(0);
  const values = features.map((f) => f.values[0]);
  for (;;) {
    if (!visit(values)) return;
    let i = features.length - 1;
    for (; i >= 0; i--) {
      index[i]++;
      if (index[i] < features[i].values.length) {
        values[i] = features[i].values[index[i]];
        break;
      }
      index[i] = 0;
      values[i] = features[i].values[0];
    }
    if (i < 0) return;
  }
}

function usesAanbieder(rule: { conditions: unknown }): boolean {
  return leavesOf(rule.conditions as ConditionJson).some((l) => l.fact === 'aanbieder' || (isFactRef(l.value) && l.value.fact === 'aanbieder'));
}

/** Runs the provider evaluator on a witness file: codes (fout, waarschuwing) and the rules that fired. */
export function observeProviders(
  context: Pick<ProviderContext, 'ruleSet' | 'sharedRules' | 'region' | 'asOf'>,
  providers: Record<string, unknown>,
): { findings: string[]; firedRules: string[]; error?: string } {
  try {
    const decision = evaluateProvidersTraced({
      providerData: providers,
      ruleSet: context.ruleSet,
      sharedRules: context.sharedRules,
      region: context.region,
      asOf: context.asOf,
    });
    return {
      findings: [...new Set(decision.findings.filter((f) => f.severity !== 'info').map((f) => f.code))].sort(),
      firedRules: [...new Set(decision.findings.map((f) => f.ruleId))],
    };
  } catch (error) {
    if (isSturingError(error)) return { findings: [], firedRules: [], error: error.code };
    throw error;
  }
}

/** Analyses one provider rule on one perceel. */
/** The facts of the unit a rule of `level` is evaluated on: the perceel, or the rated provider on it. */
function unitOf(context: ProviderContext, file: Record<string, unknown>, level: 'perceel' | 'aanbieder'): { facts: Facts } | undefined {
  const sets = buildProviderFacts(file as never, context.ruleSet, context.asOf);
  return level === 'perceel'
    ? sets.percelen.find((s) => s.perceel === context.perceel)
    : sets.aanbieders.find((s) => s.perceel === context.perceel && s.aanbieder?.id === MAIN_ID);
}

function analyseProviderRule(context: ProviderContext, compiled: CompiledRule): ProviderRuleResult {
  const { rule } = compiled.expanded;
  const level = usesAanbieder(rule) ? 'aanbieder' : 'perceel';
  const constants = providerConstants(context.ruleSet, context.perceel);
  const common = { ruleId: rule.id, code: rule.event.type, perceel: context.perceel, level } as const;
  const lookup = (name: string) => findSubjectFact('aanbieders', name);
  const node = foldCondition(rule.conditions as ConditionJson, constants, lookup);
  const pointer = `/policy/percelen/${pointerSegment(context.perceel)}`;
  if (node.kind === 'constant' && !node.value) {
    const falseLeaves = leavesOf(rule.conditions as ConditionJson).filter((leaf) => {
      if (!Object.prototype.hasOwnProperty.call(constants, leaf.fact)) return false;
      if (isFactRef(leaf.value) && !Object.prototype.hasOwnProperty.call(constants, leaf.value.fact)) return false;
      const folded = foldCondition(leaf, constants, lookup);
      return folded.kind === 'constant' && !folded.value;
    });
    return {
      ...common,
      canFire: false,
      status: 'bewezen',
      cells: 1,
      deadBy: 'beleid',
      proof: {
        reden: 'Het regionale beleid van dit perceel maakt de voorwaarden onwaar, voor alle aanbiedersgegevens.',
        conditions: falseLeaves.map((leaf) => ({
          fact: leaf.fact,
          ...(leaf.path ? { path: leaf.path } : {}),
          operator: leaf.operator,
          value: leaf.value,
          actual: readConstant(constants, leaf.fact, leaf.path) ?? null,
          pointer: leaf.fact === 'beleid' ? `${pointer}${(leaf.path ? parseFactPath(leaf.path) : []).map((k) => '/' + pointerSegment(k)).join('')}` : '/policy',
          tekst: `${describe(leaf)} (beleid hier: ${JSON.stringify(readConstant(constants, leaf.fact, leaf.path) ?? null)})`,
        })),
        cells: 1,
      },
    };
  }
  const residual = toCondition(node);
  const needed = neededFeatures(residual, constants);
  if ('uncovered' in needed) {
    return {
      ...common,
      canFire: null,
      status: 'niet-beslist',
      cells: 0,
      proof: {
        reden: `Niet beslist: de voorwaarde "${describe(needed.uncovered)}" leest een afgeleid aanbiedersgegeven dat de indeling niet exact kan verwezenlijken.`,
      },
    };
  }
  // The rated provider counts among the contracted ones when it is contracted itself.
  if (level === 'aanbieder' && needed.features.has('aantal')) needed.features.add('gecontracteerd');
  const features = buildFeatures(context, needed.features, needed.thresholds);
  const size = features.reduce((n, f) => n * f.values.length, 1);
  if (size > MAX_CELLS)
    return { ...common, canFire: null, status: 'niet-beslist', cells: 0, size, proof: { reden: `Niet beslist: ${size} cellen (meer dan ${MAX_CELLS}).` } };
  let cells = 0;
  let realised = 0;
  let fired = 0;
  let first: Record<string, unknown> | undefined;
  forEachValues(features, (values) => {
    cells++;
    const file = realise(context, features, values, level);
    if (!file) return true;
    const unit = unitOf(context, file, level);
    // Every cell is decided (not only up to the first witness), so `cells` is the whole partition.
    if (!unit) return true;
    realised++;
    if (compiled.decide(unit.facts) === true) {
      fired++;
      first ??= file;
    }
    return true;
  });
  if (first) {
    const observed = observeProviders(context, first);
    return {
      ...common,
      canFire: true,
      alwaysFires: fired === realised,
      status: 'bewezen',
      cells,
      witness: {
        kind: 'aanbieders',
        providers: first,
        asOf: context.asOf,
        version: context.ruleSet.version,
        observed: { findings: observed.findings, firedRules: observed.firedRules },
        verified: !observed.error && observed.firedRules.includes(rule.id),
        toelichting: `Deze fictieve aanbiedersgegevens laten regel ${rule.id} vuren (${rule.event.type}) op perceel ${context.perceel}.`,
      },
    };
  }
  const leaves = leavesOf(residual);
  const conditionRefs = (list: readonly Leaf[]) =>
    list.map((leaf) => {
      const ref = isFactRef(leaf.value) ? leaf.value : undefined;
      const refPointer =
        ref?.fact === 'beleid' ? `${pointer}${(ref.path ? parseFactPath(ref.path) : []).map((k) => '/' + pointerSegment(k)).join('')}` : undefined;
      return {
        fact: leaf.fact,
        ...(leaf.path ? { path: leaf.path } : {}),
        operator: leaf.operator,
        value: leaf.value,
        ...(ref && refPointer ? { actual: readConstant(constants, ref.fact, ref.path) ?? null, pointer: refPointer } : {}),
        tekst: describe(leaf),
      };
    });
  if (needed.absent.length > 0) {
    const [leaf] = needed.absent;
    const ref = leaf.value as { fact: string; path?: string };
    return {
      ...common,
      canFire: false,
      status: 'bewezen',
      cells,
      deadBy: 'beleid',
      proof: {
        reden: `Het regionale beleid van dit perceel geeft geen waarde voor ${ref.fact}${ref.path ? ' ' + ref.path : ''}; de vergelijking "${describe(leaf)}" is dan voor geen enkel aantal waar (alle ${cells} cellen beslist).`,
        conditions: conditionRefs(needed.absent),
        cells,
      },
    };
  }
  return {
    ...common,
    canFire: false,
    status: 'bewezen',
    cells,
    deadBy: 'voorwaarden',
    proof: {
      reden: `Geen van de ${cells} cellen (aanbiedersgegevens) maakt de voorwaarden ${leaves.map((l) => `"${describe(l)}"`).join(' en ')} samen waar.`,
      conditions: conditionRefs(leaves),
      cells,
    },
  };
}

/** Two provider rules that give the same code (or contradicting codes) for one unit: can they fire for the same provider file? */
export interface ProviderPairResult {
  kind: 'dubbel' | 'tegenstrijdig';
  ruleIds: [string, string];
  codes: [string, string];
  perceel: string;
  together: boolean | null;
  status: 'bewezen' | 'niet-beslist';
  cells: number;
  witness?: ProviderWitness;
  proof?: Proof;
}

/** Decides a pair over the partition of both rules' inputs together (the conjunction of their residual conditions). */
function analyseProviderPair(context: ProviderContext, a: CompiledRule, b: CompiledRule, kind: ProviderPairResult['kind']): ProviderPairResult {
  const [ruleA, ruleB] = [a.expanded.rule, b.expanded.rule];
  const common = { kind, ruleIds: [ruleA.id, ruleB.id], codes: [ruleA.event.type, ruleB.event.type], perceel: context.perceel } as Pick<
    ProviderPairResult,
    'kind' | 'ruleIds' | 'codes' | 'perceel'
  >;
  const level = usesAanbieder(ruleA) ? 'aanbieder' : 'perceel';
  const constants = providerConstants(context.ruleSet, context.perceel);
  const lookup = (name: string) => findSubjectFact('aanbieders', name);
  const residuals = [ruleA, ruleB].map((rule) => foldCondition(rule.conditions as ConditionJson, constants, lookup));
  if (residuals.some((node) => node.kind === 'constant' && !node.value))
    return {
      ...common,
      together: false,
      status: 'bewezen',
      cells: 1,
      proof: { reden: 'Het beleid van dit perceel sluit een van beide regels uit.', cells: 1 },
    };
  const needed = neededFeatures({ all: residuals.map(toCondition) } as ConditionJson, constants);
  if ('uncovered' in needed)
    return {
      ...common,
      together: null,
      status: 'niet-beslist',
      cells: 0,
      proof: { reden: `Niet beslist: "${describe(needed.uncovered)}" valt buiten de indeling.` },
    };
  if (level === 'aanbieder' && needed.features.has('aantal')) needed.features.add('gecontracteerd');
  const features = buildFeatures(context, needed.features, needed.thresholds);
  const size = features.reduce((n, f) => n * f.values.length, 1);
  if (size > MAX_CELLS)
    return { ...common, together: null, status: 'niet-beslist', cells: 0, proof: { reden: `Niet beslist: ${size} cellen (meer dan ${MAX_CELLS}).` } };
  let cells = 0;
  let both: Record<string, unknown> | undefined;
  forEachValues(features, (values) => {
    cells++;
    const file = realise(context, features, values, level);
    const unit = file && unitOf(context, file, level);
    if (file && unit && a.decide(unit.facts) === true && b.decide(unit.facts) === true) both = file;
    return both === undefined;
  });
  if (!both)
    return {
      ...common,
      together: false,
      status: 'bewezen',
      cells,
      proof: { reden: `In geen van de ${cells} cellen (aanbiedersgegevens) vuren ${ruleA.id} en ${ruleB.id} samen.`, cells },
    };
  const observed = observeProviders(context, both);
  return {
    ...common,
    together: true,
    status: 'bewezen',
    cells,
    witness: {
      kind: 'aanbieders',
      providers: both,
      asOf: context.asOf,
      version: context.ruleSet.version,
      observed: { findings: observed.findings, firedRules: observed.firedRules },
      verified: !observed.error && observed.firedRules.includes(ruleA.id) && observed.firedRules.includes(ruleB.id),
      toelichting: `Met deze fictieve aanbiedersgegevens vuren ${ruleA.id} en ${ruleB.id} samen op perceel ${context.perceel}.`,
    },
  };
}

/** Pairs of provider rules on one level with the same code or contradicting codes. */
function providerPairsOf(rules: readonly CompiledRule[]): { a: CompiledRule; b: CompiledRule; kind: ProviderPairResult['kind'] }[] {
  const pairs: { a: CompiledRule; b: CompiledRule; kind: ProviderPairResult['kind'] }[] = [];
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++) {
      const [a, b] = [rules[i].expanded.rule, rules[j].expanded.rule];
      if (usesAanbieder(a) !== usesAanbieder(b)) continue;
      const kind =
        a.event.type === b.event.type
          ? 'dubbel'
          : CONTRADICTING_CODES.some(([x, y]) => (x === a.event.type && y === b.event.type) || (x === b.event.type && y === a.event.type))
            ? 'tegenstrijdig'
            : undefined;
      if (kind) pairs.push({ a: rules[i], b: rules[j], kind });
    }
  return pairs;
}

/** Every provider rule of a version on every perceel of its regional policy, and the pairs that could give one finding twice. */
export function analyseProviderRules(
  ruleSet: RuleSetVersion,
  sharedRules: Record<string, SharedRules>,
  region: Region,
): { results: ProviderRuleResult[]; pairs: ProviderPairResult[]; cells: number } {
  const prepared = prepareRuleSet(ruleSet, sharedRules, 'aanbieders');
  if (prepared.rules.length === 0) return { results: [], pairs: [], cells: 0 };
  const rules = compileRules(prepared, (name) => findSubjectFact('aanbieders', name));
  const candidates = providerPairsOf(rules);
  const results: ProviderRuleResult[] = [];
  const pairs: ProviderPairResult[] = [];
  for (const perceel of Object.keys(ruleSet.policy.percelen ?? {})) {
    const context: ProviderContext = { ruleSet, sharedRules, region, perceel, asOf: ruleSet.effectiveFrom };
    for (const compiled of rules) results.push(analyseProviderRule(context, compiled));
    for (const { a, b, kind } of candidates) pairs.push(analyseProviderPair(context, a, b, kind));
  }
  return { results, pairs, cells: results.reduce((n, r) => n + r.cells, 0) + pairs.reduce((n, p) => n + p.cells, 0) };
}
