/** Budget agreement settled on realisation with a band within which nothing is settled (docs/domain.md §7.4). */
import schema from '../../schemas/funding/budgetafspraak.schema.json';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import type { Decimal } from 'decimal.js';
import { formatCents, formatEuroNl, formatPctNl, parseAmount, percentToFraction, type Amount } from './money';

export type SettlementRegime = 'volledig' | 'buiten-bandbreedte';

export interface BudgetafspraakInput {
  budget: Amount;
  voorschot?: Amount;
  realisatie: Amount;
  bandbreedtePct?: number;
  regime?: SettlementRegime;
}

export interface BudgetafspraakResult extends FundingResult {
  vastgesteldBedrag: string;
  /** Fixed amount minus advances: positive = the municipality pays extra, negative = the provider repays. */
  afrekening: string;
  binnenBandbreedte: boolean;
}

const DEFAULTS = schemaDefaults<{ bandbreedtePct: number; regime: SettlementRegime }>(schema);

/** Fixes the amount (budget inside the band, otherwise realisation or the part beyond the band edge) and settles it against the advances. */
export function calculateBudgetafspraak(input: BudgetafspraakInput): BudgetafspraakResult {
  const bandbreedtePct = input.bandbreedtePct ?? DEFAULTS.bandbreedtePct;
  const regime = input.regime ?? DEFAULTS.regime;
  const budget = parseAmount(input.budget);
  const voorschot = input.voorschot !== undefined ? parseAmount(input.voorschot) : budget;
  const realisatie = parseAmount(input.realisatie);
  const marge = budget.times(percentToFraction(bandbreedtePct));
  const verschil = realisatie.minus(budget);
  const binnen = verschil.abs().lte(marge);
  let vastgesteld: Decimal;
  if (binnen) vastgesteld = budget;
  else if (regime === 'volledig') vastgesteld = realisatie;
  else vastgesteld = verschil.gt(0) ? realisatie.minus(marge) : realisatie.plus(marge);
  const afrekening = vastgesteld.minus(voorschot);

  const breakdown = [
    `Budget ${formatEuroNl(budget)}, bandbreedte ${formatPctNl(bandbreedtePct)} = ${formatEuroNl(marge)}: geen afrekening tussen ${formatEuroNl(budget.minus(marge))} en ${formatEuroNl(budget.plus(marge))}.`,
    `Realisatie ${formatEuroNl(realisatie)} ligt ${binnen ? 'binnen' : 'buiten'} de bandbreedte (verschil met budget ${formatEuroNl(verschil)}).`,
    binnen
      ? `Vastgesteld bedrag = budget = ${formatEuroNl(vastgesteld)}.`
      : regime === 'volledig'
        ? `Regime volledig: vastgesteld bedrag = realisatie = ${formatEuroNl(vastgesteld)}.`
        : `Regime buiten-bandbreedte: alleen het deel voorbij de rand telt, vastgesteld bedrag = ${formatEuroNl(realisatie)} ${verschil.gt(0) ? '−' : '+'} ${formatEuroNl(marge)} = ${formatEuroNl(vastgesteld)}.`,
    `Afrekening = vastgesteld ${formatEuroNl(vastgesteld)} − voorschot ${formatEuroNl(voorschot)} = ${formatEuroNl(afrekening)}: ${
      afrekening.isZero() ? 'geen verrekening' : afrekening.gt(0) ? 'de gemeente betaalt bij' : 'de aanbieder betaalt terug'
    }.`,
  ];
  return { vastgesteldBedrag: formatCents(vastgesteld), afrekening: formatCents(afrekening), binnenBandbreedte: binnen, breakdown };
}

export const budgetafspraakModel: FundingModel = {
  id: 'budgetafspraak',
  beschrijving: 'Budgetafspraak: afrekening op realisatie tegen de voorschotten, met bandbreedte waarbinnen niet wordt afgerekend.',
  schema,
  calculate: (input) => calculateBudgetafspraak(input as BudgetafspraakInput),
};
