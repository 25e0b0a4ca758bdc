/**
 * The facts rules may refer to, with the schema that describes each, and
 * how they are built from a case and the applicable policy. Unknown facts
 * are validation errors, never a silent false.
 */
import { toDayNumber } from '../model/dates';
import { decideHoeResponsibility } from '../model/hoe-responsibility';
import { HOE_ELEMENTS, type PerceelPolicy, type SegmentPolicy, type ToegangPolicy } from '../model/rule-set';
import type { SchemaName } from '../model/schemas';

export interface FactDefinition {
  name: string;
  /** Dutch description for the editor and the explanation. */
  description: string;
  /** Where its shape is described, for checking rule paths; undefined for scalar facts. */
  schema?: { file: SchemaName; pointer?: string };
  /** Scalar facts take no path. */
  scalar?: boolean;
  /** True for facts the user supplies (the case, provider data): when absent, rules on them are undecided. Policy facts that are absent simply do not apply. */
  suppliedByUser?: boolean;
}

export const CASE_FACTS: readonly FactDefinition[] = [
  { name: 'casus', description: 'de casus zoals ingevoerd', schema: { file: 'case.schema.json' }, suppliedByUser: true },
  {
    name: 'beleid',
    description: 'het beleid van het perceel van de casus, met de afwijking van de gemeente toegepast',
    schema: { file: 'ruleset.schema.json', pointer: '/$defs/perceel' },
  },
  {
    name: 'segment',
    description: 'segmentbrede gegevens: de percelen en de basiseenheid',
    schema: { file: 'ruleset.schema.json', pointer: '/$defs/segmentFeit' },
  },
  {
    name: 'hoeBeslisser',
    description: 'per HOE-element wie het bepaalt volgens het beleid (toegang, aanbieder of in-overleg)',
    schema: { file: 'ruleset.schema.json', pointer: '/$defs/hoeBeslisserFeit' },
  },
  {
    name: 'afgeleid',
    description:
      'datums afgeleid uit de casus en het beleid, bijvoorbeeld het einde van de beschikkingsvrije termijn (melding + termijn in weken); null als het beleid de termijn niet kent, afwezig als de casus het gegeven mist',
    schema: { file: 'case.schema.json', pointer: '/$defs/afgeleid' },
    // Derived from the case: when its case input is absent, rules on it are undecided, like rules on the case itself.
    suppliedByUser: true,
  },
  { name: 'peildatum', description: 'de datum waarop getoetst wordt (JJJJ-MM-DD)', scalar: true },
  { name: 'gemeente', description: 'de gemeente van de casus', scalar: true },
];

const BY_NAME = new Map(CASE_FACTS.map((f) => [f.name, f]));

/** The definition of a fact, or undefined when rules may not use it. */
export function findFact(name: string): FactDefinition | undefined {
  return BY_NAME.get(name);
}

/**
 * The case as rules see it: a HOE element the decision does not mention was
 * left open (case format), so it becomes an explicit open entry rather than
 * a missing fact.
 */
export function normaliseCase(caseData: Record<string, unknown>): Record<string, unknown> {
  const besluit = (caseData.besluit ?? {}) as Record<string, unknown>;
  const hoe = { ...((besluit.hoe ?? {}) as Record<string, unknown>) };
  for (const element of HOE_ELEMENTS) if (!(element in hoe)) hoe[element] = { waarde: null, vastgesteldDoor: null };
  return { ...caseData, besluit: { ...besluit, hoe } };
}

/** The ISO date `weeks` weeks after `date`, or undefined when `date` is not a valid ISO date. */
export function addWeeks(date: unknown, weeks: number): string | undefined {
  const day = toDayNumber(date);
  if (day === undefined) return undefined;
  return new Date((day + weeks * 7) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day of a period of `months` calendar months starting on `date`: the day before the same day of the month
 * `months` later, or the last day of that month when it has no such day (31 August + 6 months ends 28 February).
 * Undefined for an invalid date.
 */
export function lastDayOfMonths(date: unknown, months: number): string | undefined {
  if (toDayNumber(date) === undefined) return undefined;
  const [year, month, day] = (date as string).split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
  const daysInTarget = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  const end =
    day > daysInTarget
      ? Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), daysInTarget)
      : Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), day) - 86_400_000;
  return new Date(end).toISOString().slice(0, 10);
}

/**
 * Dates derived from the case under the perceel's access policy. The end of
 * the decision-free period (toegang 2.0) is the registration date plus the
 * policy's number of weeks, the registration day itself not counted (the
 * period "na de melding" ends on the same weekday N weeks later). The latest
 * end of an indication is its start plus the policy's maximum number of
 * months, less one day. Each is null when the policy has no such limit (the
 * rule does not apply) and absent when the case lacks the date it starts
 * from (undecided).
 */
export function deriveCaseDates(caseData: Record<string, unknown>, toegang: ToegangPolicy | undefined): Record<string, unknown> {
  const derived: Record<string, unknown> = {};
  const weeks = toegang?.beschikkingsvrijeTermijnWeken;
  if (typeof weeks !== 'number') derived.beschikkingsvrijeTermijnEinde = null;
  else {
    const melding = caseData.melding as { datum?: unknown } | undefined;
    const end = addWeeks(melding?.datum, weeks);
    if (end !== undefined) derived.beschikkingsvrijeTermijnEinde = end;
  }
  const months = toegang?.indicatie?.maxDuurMaanden;
  if (typeof months !== 'number') derived.indicatieUiterlijkTot = null;
  else {
    const besluit = caseData.besluit as { indicatie?: { van?: unknown } } | undefined;
    const end = lastDayOfMonths(besluit?.indicatie?.van, months);
    if (end !== undefined) derived.indicatieUiterlijkTot = end;
  }
  return derived;
}

/** True when the derived dates depend only on the policy, not on the case (no period or limit to count from a case date). */
export function derivedDatesAreConstant(toegang: ToegangPolicy | undefined): boolean {
  return typeof toegang?.beschikkingsvrijeTermijnWeken !== 'number' && typeof toegang?.indicatie?.maxDuurMaanden !== 'number';
}

/** Builds the facts for one case under the (override-applied) segment policy. */
export function buildCaseFacts(caseData: Record<string, unknown>, policy: SegmentPolicy, asOf: string): Record<string, unknown> {
  const perceel: PerceelPolicy | undefined = Object.prototype.hasOwnProperty.call(policy.percelen, String(caseData.perceel))
    ? policy.percelen[String(caseData.perceel)]
    : undefined;
  const toegang = perceel?.toegang;
  const applicableToegang = toegang && !('nietVanToepassing' in toegang) ? (toegang as ToegangPolicy) : undefined;
  const hoeBeslisser = applicableToegang ? decideHoeResponsibility(applicableToegang) : undefined;
  return {
    casus: normaliseCase(caseData),
    beleid: perceel,
    segment: { domein: policy.domein, segment: policy.segment, basiseenheid: policy.basiseenheid, percelen: Object.keys(policy.percelen) },
    hoeBeslisser,
    afgeleid: deriveCaseDates(caseData, applicableToegang),
    peildatum: asOf,
    gemeente: caseData.gemeente,
  };
}
