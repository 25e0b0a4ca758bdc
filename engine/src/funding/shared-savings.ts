/** Shared savings: the provider gets a share of what it stays under budget (docs/domain.md §7.8). */
import schema from '../../schemas/funding/shared-savings.schema.json';
import type { FundingModel, FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentToFraction, type Amount } from './money';

export interface SharedSavingsInput {
  budget: Amount;
  realisatie: Amount;
  aandeelPct: number;
}

export interface SharedSavingsResult extends FundingResult {
  besparing: string;
  bonus: string;
}

/** bonus = max(0, budget − realisation) × share. */
export function calculateSharedSavings(input: SharedSavingsInput): SharedSavingsResult {
  const budget = parseAmount(input.budget);
  const realisatie = parseAmount(input.realisatie);
  const besparing = Money.max(0, budget.minus(realisatie));
  const bonus = besparing.times(percentToFraction(input.aandeelPct));
  const breakdown = [
    `Besparing = max(0, budget ${formatEuroNl(budget)} − realisatie ${formatEuroNl(realisatie)}) = ${formatEuroNl(besparing)}.`,
    `Bonus = ${formatEuroNl(besparing)} × ${formatPctNl(input.aandeelPct)} = ${formatEuroNl(bonus)}.`,
  ];
  return { besparing: formatCents(besparing), bonus: formatCents(bonus), breakdown };
}

export const sharedSavingsModel: FundingModel = {
  id: 'shared-savings',
  beschrijving: 'Shared savings: de aanbieder krijgt een aandeel van de besparing onder het budget.',
  schema,
  calculate: (input) => calculateSharedSavings(input as SharedSavingsInput),
};
