/**
 * The Beschermd Wonen budget of every municipality in a year, computed from the rule set (doordecentralisatie,
 * seed 000): the ingroeimodel moves from the centre municipality's historical budget to the objective budget of all
 * municipalities in steps; the historical budget is lowered by the expected Wlz migration (ex ante) or, once known,
 * by the actual share (ex post). Every figure names the policy value it comes from.
 */
import { apportionCents } from '../funding/apportion';
import { calculateIngroeimodel } from '../funding/ingroeimodel';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount } from '../funding/money';
import { SturingError } from '../model/errors';
import type { RuleSetVersion } from '../model/rule-set';
import { entryInYear, type DatedEntry } from './dated';

interface IngroeimodelPolicy {
  centrumgemeente: string;
  startjaar: number;
  stapPct: number;
  historischBudget: DatedEntry<string>[];
  objectiefBudget: DatedEntry<string>[];
  verdeelsleutel: Record<string, number>;
}

interface WlzPolicy {
  verwachtAandeelPct: number;
  expostPeildatum?: string;
}

export interface MunicipalBudget {
  gemeente: string;
  centrumgemeente: boolean;
  /** The historical part this municipality receives (only the centre municipality), after the Wlz migration. */
  historisch: string;
  /** This municipality's share of the region's objective budget (its verdeelsleutel). */
  objectief: string;
  budget: string;
  breakdown: string[];
}

export interface BeschermdWonenBudget {
  rulesetId: string;
  version: number;
  perceel: string;
  jaar: number;
  /** The objective share s of the year (%). */
  aandeelObjectiefPct: number;
  /** The Wlz share the historical budget is lowered by, and whether it is the estimate or the actual share. */
  wlz: { aandeelPct: number; soort: 'ex-ante' | 'ex-post' } | null;
  gemeenten: MunicipalBudget[];
  totaal: string;
  /** The policy values used, with their pointers. */
  waarden: { veld: string; waarde: unknown; pointer: string }[];
}

/**
 * The budgets of `perceel` in `year`. `werkelijkWlzAandeelPct` is the actual Wlz share, known after the ex post
 * settlement; without it the policy's estimate applies.
 */
export function beschermdWonenBudgets(ruleSet: RuleSetVersion, perceel: string, year: number, werkelijkWlzAandeelPct?: number): BeschermdWonenBudget {
  const bekostiging = ruleSet.policy.percelen[perceel]?.bekostiging as { ingroeimodel?: IngroeimodelPolicy; wlzMigratie?: WlzPolicy } | undefined;
  const model = bekostiging?.ingroeimodel;
  if (!model)
    throw new SturingError('INVOER_ONGELDIG', `perceel "${perceel}" van ${ruleSet.id} heeft geen ingroeimodel`, [
      { path: `/policy/percelen/${perceel}/bekostiging/ingroeimodel`, message: 'ontbreekt' },
    ]);
  const base = `/policy/percelen/${perceel}/bekostiging`;
  const historical = entryInYear(model.historischBudget, year);
  const objective = entryInYear(model.objectiefBudget, year);
  if (!historical || !objective)
    throw new SturingError('INVOER_ONGELDIG', `het ingroeimodel van ${ruleSet.id} heeft geen budget voor ${year}`, [
      { path: `${base}/ingroeimodel/${historical ? 'objectiefBudget' : 'historischBudget'}`, message: `geen bedrag vanaf ${year} of eerder` },
    ]);
  const waarden: BeschermdWonenBudget['waarden'] = [
    { veld: 'centrumgemeente', waarde: model.centrumgemeente, pointer: `${base}/ingroeimodel/centrumgemeente` },
    { veld: 'startjaar', waarde: model.startjaar, pointer: `${base}/ingroeimodel/startjaar` },
    { veld: 'stapPct', waarde: model.stapPct, pointer: `${base}/ingroeimodel/stapPct` },
    { veld: 'historischBudget', waarde: historical.entry.waarde, pointer: `${base}/ingroeimodel/historischBudget/${historical.index}` },
    { veld: 'objectiefBudget', waarde: objective.entry.waarde, pointer: `${base}/ingroeimodel/objectiefBudget/${objective.index}` },
  ];
  const wlzPolicy = bekostiging?.wlzMigratie;
  const wlz = wlzPolicy
    ? werkelijkWlzAandeelPct !== undefined
      ? { aandeelPct: werkelijkWlzAandeelPct, soort: 'ex-post' as const }
      : { aandeelPct: wlzPolicy.verwachtAandeelPct, soort: 'ex-ante' as const }
    : null;
  if (wlzPolicy) waarden.push({ veld: 'wlzVerwachtAandeelPct', waarde: wlzPolicy.verwachtAandeelPct, pointer: `${base}/wlzMigratie/verwachtAandeelPct` });
  const historicalAfterWlz = parseAmount(historical.entry.waarde)
    .times(new Money(100).minus(wlz?.aandeelPct ?? 0))
    .div(100);
  const municipalities = Object.keys(model.verdeelsleutel);
  const shares = apportionCents(
    parseAmount(objective.entry.waarde),
    municipalities.map((m) => new Money(model.verdeelsleutel[m])),
  );
  const gemeenten = municipalities.map((gemeente, i): MunicipalBudget => {
    const centrum = gemeente === model.centrumgemeente;
    const result = calculateIngroeimodel({
      historisch: formatCents(centrum ? historicalAfterWlz : new Money(0)),
      objectief: formatCents(shares[i]),
      jaar: year,
      startjaar: model.startjaar,
      stapPct: model.stapPct,
    });
    const breakdown = [
      `Objectief budget ${gemeente} = ${formatPctNl(model.verdeelsleutel[gemeente])} van het objectieve budget van de regio = ${formatEuroNl(shares[i])}.`,
      ...(centrum && wlz
        ? [
            `Historisch budget na Wlz-migratie (${wlz.soort === 'ex-ante' ? 'verwacht, ex ante' : 'werkelijk, ex post'} ${formatPctNl(wlz.aandeelPct)}) = ${formatEuroNl(historicalAfterWlz)}.`,
          ]
        : []),
      ...(centrum ? [] : ['Geen historisch budget: dat had de centrumgemeente.']),
      ...result.breakdown,
    ];
    return {
      gemeente,
      centrumgemeente: centrum,
      historisch: formatCents(centrum ? historicalAfterWlz : new Money(0)),
      objectief: formatCents(shares[i]),
      budget: result.budget,
      breakdown,
    };
  });
  return {
    rulesetId: ruleSet.id,
    version: ruleSet.version,
    perceel,
    jaar: year,
    aandeelObjectiefPct: calculateIngroeimodel({ historisch: '0', objectief: '0', jaar: year, startjaar: model.startjaar, stapPct: model.stapPct })
      .aandeelObjectiefPct,
    wlz,
    gemeenten,
    totaal: formatCents(gemeenten.reduce((sum, g) => sum.plus(parseAmount(g.budget)), new Money(0))),
    waarden,
  };
}
