/** Budget ceiling without advances: payable up to the ceiling, warning on use against a threshold (docs/domain.md §7.5). */
import schema from '../../schemas/funding/budgetplafond.schema.json';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { invalidInput } from './invalid-input';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentNumber, percentToFraction, type Amount } from './money';

export interface BudgetplafondInput {
  plafond: Amount;
  indexPct?: number;
  realisatie: Amount;
  verplichtingen?: Amount;
  signaleringPct?: number;
}

export interface BudgetplafondResult extends FundingResult {
  /** The ceiling applied this year (after indexation). */
  plafond: string;
  betaalbaar: string;
  nietVergoed: string;
  /** (realisation + commitments) as a percentage of the ceiling, 2 decimals. */
  benuttingPct: number;
  signalering: boolean;
}

const DEFAULTS = schemaDefaults<{ indexPct: number; verplichtingen: number; signaleringPct: number }>(schema);

/** Pays min(realisation, ceiling), reports the rest as not paid, and flags use at or above the threshold. */
export function calculateBudgetplafond(input: BudgetplafondInput): BudgetplafondResult {
  const indexPct = input.indexPct ?? DEFAULTS.indexPct;
  const signaleringPct = input.signaleringPct ?? DEFAULTS.signaleringPct;
  const basis = parseAmount(input.plafond);
  if (basis.isZero()) invalidInput('/plafond', 'moet groter dan 0 zijn');
  const plafond = basis.times(new Money(1).plus(percentToFraction(indexPct)));
  const realisatie = parseAmount(input.realisatie);
  const verplichtingen = parseAmount(input.verplichtingen ?? DEFAULTS.verplichtingen);
  const betaalbaar = Money.min(realisatie, plafond);
  const nietVergoed = Money.max(0, realisatie.minus(plafond));
  const benutting = realisatie.plus(verplichtingen).div(plafond).times(100);
  const signalering = benutting.gte(signaleringPct);

  const breakdown: string[] = [];
  if (!parseAmount(indexPct).isZero())
    breakdown.push(`Plafond = ${formatEuroNl(basis)} × (1 + ${formatPctNl(indexPct)}) = ${formatEuroNl(plafond)} (bevroren plafond, geïndexeerd).`);
  else breakdown.push(`Plafond ${formatEuroNl(plafond)}; geen voorschotten.`);
  breakdown.push(`Betaalbaar = min(realisatie ${formatEuroNl(realisatie)}, plafond ${formatEuroNl(plafond)}) = ${formatEuroNl(betaalbaar)}.`);
  breakdown.push(`Niet vergoed (boven het plafond) = ${formatEuroNl(nietVergoed)}.`);
  breakdown.push(
    `Benutting = (realisatie ${formatEuroNl(realisatie)} + verplichtingen ${formatEuroNl(verplichtingen)}) / plafond = ${formatPctNl(benutting, 2)}; signalering vanaf ${formatPctNl(signaleringPct)}: ${signalering ? 'ja' : 'nee'}.`,
  );
  return {
    plafond: formatCents(plafond),
    betaalbaar: formatCents(betaalbaar),
    nietVergoed: formatCents(nietVergoed),
    benuttingPct: percentNumber(benutting),
    signalering,
    breakdown,
  };
}

export const budgetplafondModel: FundingModel = {
  id: 'budgetplafond',
  beschrijving: 'Budgetplafond zonder voorschotten: betaalbaar tot het plafond, signalering bij hoge benutting.',
  schema,
  calculate: (input) => calculateBudgetplafond(input as BudgetplafondInput),
};
