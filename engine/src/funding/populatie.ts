/** Population funding: the budget is revised only when the actual population leaves the band, then settled as a budget agreement (docs/domain.md §7.6). */
import schema from '../../schemas/funding/populatie.schema.json';
import { calculateBudgetafspraak, type SettlementRegime } from './budgetafspraak';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatNumberNl, formatPctNl, Money, parseAmount, percentToFraction, type Amount } from './money';
import type { Decimal } from 'decimal.js';

export interface PopulatieInput {
  budget: Amount;
  afgesprokenClienten: number;
  werkelijkeClienten: number;
  bandbreedtePct: number;
  herziening?: 'evenredig' | 'buiten-bandbreedte';
  realisatie?: Amount;
  voorschot?: Amount;
  afrekeningBandbreedtePct?: number;
  regime?: SettlementRegime;
}

export interface PopulatieResult extends FundingResult {
  herzien: boolean;
  /** The budget after revision (unchanged inside the band). */
  budget: string;
  /** Only with a realisation: the settlement as a budget agreement. */
  vastgesteldBedrag?: string;
  afrekening?: string;
}

const DEFAULTS = schemaDefaults<{ herziening: 'evenredig' | 'buiten-bandbreedte'; afrekeningBandbreedtePct: number; regime: SettlementRegime }>(schema);

/** Revises the population budget when the client count leaves the band; optionally settles the result. */
export function calculatePopulatie(input: PopulatieInput): PopulatieResult {
  const herziening = input.herziening ?? DEFAULTS.herziening;
  const budget = parseAmount(input.budget);
  const afgesproken = new Money(input.afgesprokenClienten);
  const werkelijk = new Money(input.werkelijkeClienten);
  const marge = afgesproken.times(percentToFraction(input.bandbreedtePct));
  const afwijking = werkelijk.minus(afgesproken);
  const herzien = afwijking.abs().gt(marge);
  // The client count the budget follows: unchanged inside the band; outside it all actual clients, or only those beyond the band edge.
  const clienten: Decimal = !herzien ? afgesproken : herziening === 'evenredig' ? werkelijk : afwijking.gt(0) ? werkelijk.minus(marge) : werkelijk.plus(marge);
  const nieuw = budget.times(clienten).div(afgesproken);
  const breakdown = [
    `Afgesproken ${afgesproken.toString()} cliënten, bandbreedte ${formatPctNl(input.bandbreedtePct)} = ${formatNumberNl(marge)} cliënten; werkelijk ${werkelijk.toString()} (afwijking ${afwijking.toString()}).`,
    herzien
      ? herziening === 'evenredig'
        ? `Buiten de bandbreedte: budget evenredig herzien = ${formatEuroNl(budget)} × ${werkelijk.toString()} / ${afgesproken.toString()} = ${formatEuroNl(nieuw)}.`
        : `Buiten de bandbreedte: alleen het deel voorbij de rand telt, budget = ${formatEuroNl(budget)} × ${formatNumberNl(clienten)} / ${afgesproken.toString()} = ${formatEuroNl(nieuw)}.`
      : `Binnen de bandbreedte: budget blijft ${formatEuroNl(budget)}.`,
  ];
  const outputs: { herzien: boolean; budget: string; vastgesteldBedrag?: string; afrekening?: string } = { herzien, budget: formatCents(nieuw) };
  if (input.realisatie !== undefined) {
    const settlement = calculateBudgetafspraak({
      budget: formatCents(nieuw),
      voorschot: input.voorschot,
      realisatie: input.realisatie,
      bandbreedtePct: input.afrekeningBandbreedtePct ?? DEFAULTS.afrekeningBandbreedtePct,
      regime: input.regime ?? DEFAULTS.regime,
    });
    outputs.vastgesteldBedrag = settlement.vastgesteldBedrag;
    outputs.afrekening = settlement.afrekening;
    breakdown.push('Afrekening als budgetafspraak:', ...settlement.breakdown);
  }
  return { ...outputs, breakdown };
}

export const populatieModel: FundingModel = {
  id: 'populatie',
  beschrijving: 'Populatiebekostiging: budget herzien als het aantal cliënten buiten de bandbreedte valt, daarna afrekening.',
  schema,
  calculate: (input) => calculatePopulatie(input as PopulatieInput),
};
