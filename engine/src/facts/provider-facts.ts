/**
 * The facts provider rules (subject `aanbieders`) may use, and how they are
 * built from provider data and the segment policy. Counting, sums and the
 * KPI category are derived here so the rules stay declarative: json-rules-
 * engine cannot count list items or add amounts.
 *
 * Two levels: a rule that uses the fact `aanbieder` runs once per provider
 * per perceel it is (or asks to be) active on; any other provider rule runs
 * once per perceel of the segment.
 */
import type { FactDefinition } from './facts';
import { applyOverride } from '../rules/overrides';
import { classifyProvider, type ProviderCategory } from './provider-category';
import type { Agreement, Provider, ProviderData, ProviderRequest, YearFigures } from './provider-data';
import { deriveExtraCapacity } from './provider-extra-capacity';
import type { PerceelPolicy, RuleSetVersion } from '../model/rule-set';

export const PROVIDER_FACTS: readonly FactDefinition[] = [
  {
    name: 'aanbieder',
    description:
      'één aanbieder op één perceel: type, of hij er gecontracteerd is, de cijfers van het laatste afgesloten jaar, zijn toetredingsverzoek, aanvullende afspraken, afspraken in een afwijkende eenheid en zijn prestatiecategorie',
    schema: { file: 'providers.schema.json', pointer: '/$defs/aanbiederFeit' },
    suppliedByUser: true,
  },
  {
    name: 'perceel',
    description: 'de aanbieders op één perceel: het aantal gecontracteerde aanbieders, de gunning en de extra capaciteit buiten de raamovereenkomst',
    schema: { file: 'providers.schema.json', pointer: '/$defs/perceelFeit' },
    suppliedByUser: true,
  },
  {
    name: 'beleid',
    description: 'het regionale beleid van het perceel (zonder gemeentelijke afwijking)',
    schema: { file: 'ruleset.schema.json', pointer: '/$defs/perceel' },
  },
  {
    name: 'segment',
    description: 'segmentbrede gegevens: domein, segment, de percelen en de basiseenheid',
    schema: { file: 'ruleset.schema.json', pointer: '/$defs/segmentFeit' },
  },
  { name: 'peildatum', description: 'de datum waarop getoetst wordt (JJJJ-MM-DD)', scalar: true },
];

/** The facts of one evaluation unit: a perceel, or a provider on a perceel. */
export interface ProviderFactSet {
  perceel: string;
  aanbieder?: { id: string; naam: string };
  /** JSON pointer of the provider in the data, for messages. */
  pointer?: string;
  facts: Record<string, unknown>;
}

const CONVERTIBLE = new Set(['traject', 'plek']);

function applicable<T>(element: T | { nietVanToepassing: true } | undefined): T | undefined {
  return element && typeof element === 'object' && !('nietVanToepassing' in element) ? (element as T) : undefined;
}

/** The latest year before the as-of year: the last completed year. */
function lastCompletedYear(years: readonly YearFigures[] | undefined, asOfYear: number): YearFigures | undefined {
  const done = (years ?? []).filter((y) => y.jaar < asOfYear);
  return done.length === 0 ? undefined : done.reduce((a, b) => (b.jaar > a.jaar ? b : a));
}

/**
 * True when an agreement in `unit` for `gemeente` respects the base unit:
 * the base unit itself, or the one allowed variation — trajecten ↔ plekken —
 * where that municipality's policy for the perceel allows the conversion.
 */
function unitAllowed(ruleSet: RuleSetVersion, perceel: string, unit: string, gemeente: string | undefined): boolean {
  const base = ruleSet.policy.basiseenheid;
  if (unit === base) return true;
  if (!CONVERTIBLE.has(unit) || !CONVERTIBLE.has(base)) return false;
  const policy = applyOverride(ruleSet, gemeente).policy;
  const bekostiging = applicable(policy.percelen[perceel]?.bekostiging as Record<string, unknown> | undefined);
  return bekostiging?.omzettingNaarPlekken === true || bekostiging?.vorm === unit;
}

function provideFacts(provider: Provider, perceel: string, ruleSet: RuleSetVersion, asOfYear: number): Record<string, unknown> {
  const agreements = (provider.afspraken ?? []).filter((a) => a.perceel === perceel);
  const requests = (provider.verzoeken ?? []).filter((v) => v.perceel === perceel);
  const joins = requests.filter((v) => v.soort === 'toetreding').sort((a, b) => a.datum.localeCompare(b.datum));
  const extra = [
    ...agreements.filter((a) => a.soort === 'aanvullend').map((a) => ({ bron: 'afspraak', ...a })),
    ...requests.filter((v) => v.soort === 'aanvullende-afspraak').map((v) => ({ bron: 'verzoek', ...v })),
  ];
  const withUnit: (Agreement | ProviderRequest)[] = [...agreements, ...requests.filter((v) => v.eenheid !== undefined)];
  const deviating = withUnit
    .filter((a) => !unitAllowed(ruleSet, perceel, a.eenheid as string, a.gemeente))
    .map((a) => ({ bron: 'datum' in a ? 'verzoek' : 'afspraak', ...a }));
  const recent = lastCompletedYear(provider.jaren, asOfYear);
  const management = applicable(ruleSet.policy.percelen[perceel]?.leveranciersmanagement as Record<string, unknown> | undefined);
  const categories = (management?.categorieen ?? []) as ProviderCategory[];
  return {
    id: provider.id,
    naam: provider.naam,
    type: provider.type,
    perceel,
    gecontracteerd: provider.gecontracteerdePercelen.includes(perceel),
    ...(recent ? { recent } : {}),
    toetreding: joins.length > 0 ? joins[joins.length - 1] : null,
    aanvullendeAfspraken: extra,
    afwijkendeEenheden: deviating,
    // undefined (missing KPIs) leaves the category rule undecided; null means no category matched.
    ...(categories.length === 0 ? { categorie: null } : { categorie: classifyProvider(recent?.kpi, categories) }),
  };
}

/** Builds the facts of every perceel and of every provider on every perceel it is active on. */
export function buildProviderFacts(data: ProviderData, ruleSet: RuleSetVersion, asOf: string): { percelen: ProviderFactSet[]; aanbieders: ProviderFactSet[] } {
  const policy = ruleSet.policy;
  const asOfYear = Number(asOf.slice(0, 4));
  const segment = { domein: policy.domein, segment: policy.segment, basiseenheid: policy.basiseenheid, percelen: Object.keys(policy.percelen) };
  const common = (perceel: string): Record<string, unknown> => {
    const beleid: PerceelPolicy = policy.percelen[perceel];
    const contracted = data.aanbieders.filter((a) => a.gecontracteerdePercelen.includes(perceel)).map((a) => a.id);
    const awards = (data.gunningen ?? []).filter((g) => g.perceel === perceel);
    const contract = applicable(beleid.contract as Record<string, unknown>);
    const maximumPct = typeof contract?.extraCapaciteitMaxPct === 'number' ? contract.extraCapaciteitMaxPct : undefined;
    const extra = deriveExtraCapacity(
      (data.extraCapaciteit ?? []).filter((e) => e.perceel === perceel),
      asOfYear,
      maximumPct,
    );
    return {
      perceel: {
        naam: perceel,
        aantalGecontracteerd: contracted.length,
        gecontracteerd: contracted,
        ...(awards.length > 0 ? { gunning: awards[awards.length - 1] } : {}),
        ...(extra ? { extraCapaciteit: extra } : {}),
      },
      beleid,
      segment,
      peildatum: asOf,
    };
  };
  const percelen = Object.keys(policy.percelen).map((perceel) => ({ perceel, facts: common(perceel) }));
  const byPerceel = new Map(percelen.map((p) => [p.perceel, p.facts]));
  const aanbieders: ProviderFactSet[] = [];
  data.aanbieders.forEach((provider, index) => {
    const active = new Set([
      ...provider.gecontracteerdePercelen,
      ...(provider.afspraken ?? []).map((a) => a.perceel),
      ...(provider.verzoeken ?? []).map((v) => v.perceel),
    ]);
    for (const perceel of Object.keys(policy.percelen).filter((p) => active.has(p))) {
      aanbieders.push({
        perceel,
        aanbieder: { id: provider.id, naam: provider.naam },
        pointer: `/aanbieders/${index}`,
        facts: { ...byPerceel.get(perceel), aanbieder: provideFacts(provider, perceel, ruleSet, asOfYear) },
      });
    }
  });
  return { percelen, aanbieders };
}
