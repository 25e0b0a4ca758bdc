/** "Laad uit beleid": the inputs of a funding model that a rule set's perceel fixes (in force in a year, with a municipality's override), each with its policy pointer. */
import { SturingError } from '../model/errors';
import type { RuleSetVersion, SegmentPolicy } from '../model/rule-set';
import { applyOverride } from '../rules/overrides';
import { beschermdWonenBudgets } from './beschermd-wonen-budget';
import { entryInYear, type DatedEntry } from './dated';

export interface PolicyInputValue {
  /** The model's input field. */
  veld: string;
  waarde: unknown;
  /** Where in the rule set the value comes from. */
  pointer: string;
}

export interface PolicyInput {
  ruleset: string;
  versie: number;
  perceel: string;
  gemeente?: string;
  jaar: number;
  /** The input fields the policy fills. */
  invoer: Record<string, unknown>;
  waarden: PolicyInputValue[];
}

type Body = Record<string, unknown>;

function applicable(element: unknown): Body | undefined {
  return element && typeof element === 'object' && !('nietVanToepassing' in element) ? (element as Body) : undefined;
}

/** The policy values of `perceel` for funding model `model` in `year`; unknown perceel is PERCEEL_ONBEKEND-style input error. */
export function policyInputFor(model: string, ruleSet: RuleSetVersion, perceel: string, year: number, gemeente?: string): PolicyInput {
  const policy = applyOverride(ruleSet, gemeente).policy as SegmentPolicy;
  const perceelPolicy = policy.percelen[perceel];
  if (!perceelPolicy)
    throw new SturingError('INVOER_ONGELDIG', `perceel "${perceel}" bestaat niet in ${ruleSet.id}; bekend zijn ${Object.keys(policy.percelen).join(', ')}`, [
      { path: '/perceel', code: 'PERCEEL_ONBEKEND', message: `onbekend perceel "${perceel}"` },
    ]);
  const b = applicable(perceelPolicy.bekostiging) ?? {};
  const c = applicable(perceelPolicy.contract) ?? {};
  const at = (element: string, field: string, index?: number) => `/policy/percelen/${perceel}/${element}/${field}${index === undefined ? '' : `/${index}`}`;
  const waarden: PolicyInputValue[] = [];
  const put = (veld: string, waarde: unknown, pointer: string) => {
    if (waarde !== undefined) waarden.push({ veld, waarde, pointer });
  };
  const dated = (veld: string, field: string) => {
    const found = entryInYear(b[field] as DatedEntry<unknown>[] | undefined, year);
    if (found) put(veld, found.entry.waarde, at('bekostiging', field, found.index));
  };
  const traject = (b.trajecten as { standaard?: { prijs: string; normduurMaanden: number }[] } | undefined)?.standaard?.[0];
  switch (model) {
    case 'budgetafspraak':
      put('bandbreedtePct', b.bandbreedtePct, at('bekostiging', 'bandbreedtePct'));
      put('regime', b.afrekenregime, at('bekostiging', 'afrekenregime'));
      break;
    case 'populatie':
      put('bandbreedtePct', b.herzieningsdrempelPct, at('bekostiging', 'herzieningsdrempelPct'));
      put('herziening', b.herziening, at('bekostiging', 'herziening'));
      put('afrekeningBandbreedtePct', b.bandbreedtePct, at('bekostiging', 'bandbreedtePct'));
      put('regime', b.afrekenregime, at('bekostiging', 'afrekenregime'));
      break;
    case 'budgetplafond':
      if (b.plafondBetekenis === 'gezamenlijk-referentiepunt') dated('plafond', 'plafond');
      put('signaleringPct', b.signaleringPct, at('bekostiging', 'signaleringPct'));
      break;
    case 'lumpsum-plafond':
      dated('plafond', 'plafond');
      dated('aanbiederAandeelPct', 'aanbiederAandeelPct');
      if (typeof c.laatsteContractjaar === 'number') put('laatsteContractjaar', c.laatsteContractjaar === year, at('contract', 'laatsteContractjaar'));
      put('verdeling', b.verdeling, at('bekostiging', 'verdeling'));
      break;
    case 'lumpsum-vaststelling':
      dated('indexPct', 'indexPct');
      put('taakstellingPct', (b.lumpsumBasis as { taakstellingPct?: number } | undefined)?.taakstellingPct, at('bekostiging', 'lumpsumBasis'));
      break;
    case 'plekken':
      if (traject) {
        put('trajectprijs', traject.prijs, at('bekostiging', 'trajecten/standaard/0/prijs'));
        put('doorlooptijdMaanden', traject.normduurMaanden, at('bekostiging', 'trajecten/standaard/0/normduurMaanden'));
      }
      break;
    case 'traject-jaargrens':
      if (traject) {
        put('trajectprijs', traject.prijs, at('bekostiging', 'trajecten/standaard/0/prijs'));
        put('normDuurMaanden', traject.normduurMaanden, at('bekostiging', 'trajecten/standaard/0/normduurMaanden'));
      }
      break;
    case 'pxq':
      put('tarief', b.tarief, at('bekostiging', 'tarief'));
      put('eenheid', b.eenheid, at('bekostiging', 'eenheid'));
      break;
    case 'shared-savings':
      put('aandeelPct', b.sharedSavingsPct, at('bekostiging', 'sharedSavingsPct'));
      break;
    case 'extra-capaciteit':
      put('maximumPct', c.extraCapaciteitMaxPct, at('contract', 'extraCapaciteitMaxPct'));
      break;
    case 'boeggolf':
      put('horizonJaren', (c.boeggolf as { horizonJaren?: number } | undefined)?.horizonJaren, at('contract', 'boeggolf'));
      break;
    case 'ingroeimodel':
      if (b.ingroeimodel) {
        if (!gemeente)
          throw new SturingError('INVOER_ONGELDIG', 'het ingroeimodel rekent per gemeente: noem de gemeente (--gemeente G)', [
            { path: '/gemeente', message: 'ontbreekt' },
          ]);
        const budget = beschermdWonenBudgets(ruleSet, perceel, year);
        const own = budget.gemeenten.find((g) => g.gemeente === gemeente);
        if (!own)
          throw new SturingError('INVOER_ONGELDIG', `gemeente "${gemeente}" heeft geen aandeel in de verdeelsleutel van het ingroeimodel`, [
            { path: '/gemeente', message: `bekend: ${budget.gemeenten.map((g) => g.gemeente).join(', ')}` },
          ]);
        put('historisch', own.historisch, `${at('bekostiging', 'ingroeimodel')}/historischBudget`);
        put('objectief', own.objectief, `${at('bekostiging', 'ingroeimodel')}/verdeelsleutel/${gemeente}`);
        put('jaar', year, at('bekostiging', 'ingroeimodel'));
        put('startjaar', (b.ingroeimodel as { startjaar: number }).startjaar, `${at('bekostiging', 'ingroeimodel')}/startjaar`);
        put('stapPct', (b.ingroeimodel as { stapPct: number }).stapPct, `${at('bekostiging', 'ingroeimodel')}/stapPct`);
      }
      break;
    default:
      break;
  }
  return {
    ruleset: ruleSet.id,
    versie: ruleSet.version,
    perceel,
    ...(gemeente ? { gemeente } : {}),
    jaar: year,
    invoer: Object.fromEntries(waarden.map((w) => [w.veld, w.waarde])),
    waarden,
  };
}
