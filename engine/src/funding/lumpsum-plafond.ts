/** Lumpsum within a budget ceiling at year end (Maastricht, seed 002): overrun partly repaid by providers, underuse added to next year (docs/domain.md §7.7). */
import schema from '../../schemas/funding/lumpsum-plafond.schema.json';
import { apportionCents } from './apportion';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentToFraction, roundCents, sumDecimals, type Amount } from './money';

export type Verdeling = 'naar-rato-lumpsum' | 'gelijk';

export interface LumpsumPlafondInput {
  plafond: Amount;
  lumpsums: Record<string, Amount>;
  overigeUitgaven: Amount;
  aanbiederAandeelPct: number;
  laatsteContractjaar?: boolean;
  verdeling?: Verdeling;
}

export interface LumpsumPlafondResult extends FundingResult {
  totaal: string;
  overschrijding: string;
  onderbenutting: string;
  /** Repayment per provider; adds up to the providers' share of the overrun. */
  terugbetaling: Record<string, string>;
  /** The municipality's share of the overrun. */
  gemeenteDeel: string;
  /** Addition to next year's lumpsum per provider (all zero in the last contract year). */
  toevoegingVolgendJaar: Record<string, string>;
}

const DEFAULTS = schemaDefaults<{ laatsteContractjaar: boolean; verdeling: Verdeling }>(schema);

/** Recalculates the year: total spending against the ceiling, repayment split and next year's addition. */
export function calculateLumpsumPlafond(input: LumpsumPlafondInput): LumpsumPlafondResult {
  const laatste = input.laatsteContractjaar ?? DEFAULTS.laatsteContractjaar;
  const verdeling = input.verdeling ?? DEFAULTS.verdeling;
  const plafond = parseAmount(input.plafond);
  const names = Object.keys(input.lumpsums);
  const lumpsums = names.map((n) => parseAmount(input.lumpsums[n]));
  const overig = parseAmount(input.overigeUitgaven);
  const totaal = sumDecimals(lumpsums).plus(overig);
  const overschrijding = roundCents(Money.max(0, totaal.minus(plafond)));
  const onderbenutting = roundCents(Money.max(0, plafond.minus(totaal)));
  // Rounding half-up is monotone, so the providers' rounded share never exceeds the rounded overrun.
  const aanbiedersDeel = roundCents(overschrijding.times(percentToFraction(input.aanbiederAandeelPct)));
  const weights = verdeling === 'gelijk' ? names.map(() => new Money(1)) : lumpsums;
  const terugParts = apportionCents(aanbiedersDeel, weights);
  const toevoegParts = laatste ? names.map(() => new Money(0)) : apportionCents(onderbenutting, weights);
  const gemeenteDeel = overschrijding.minus(sumDecimals(terugParts));
  // Object.fromEntries defines own properties, so even a provider called "__proto__" is kept.
  const terugbetaling: Record<string, string> = Object.fromEntries(names.map((n, i) => [n, formatCents(terugParts[i])]));
  const toevoegingVolgendJaar: Record<string, string> = Object.fromEntries(names.map((n, i) => [n, formatCents(toevoegParts[i])]));

  const verdeeld = verdeling === 'gelijk' ? 'in gelijke delen' : 'naar rato van de lumpsum';
  const breakdown = [
    `Totaal = lumpsums ${formatEuroNl(sumDecimals(lumpsums))} + overige uitgaven ${formatEuroNl(overig)} = ${formatEuroNl(totaal)}; plafond ${formatEuroNl(plafond)}.`,
  ];
  if (overschrijding.gt(0)) {
    breakdown.push(`Overschrijding = ${formatEuroNl(totaal)} − ${formatEuroNl(plafond)} = ${formatEuroNl(overschrijding)} (nacalculatie).`);
    breakdown.push(
      `Aanbieders dragen ${formatPctNl(input.aanbiederAandeelPct)} = ${formatEuroNl(aanbiedersDeel)}, ${verdeeld}: ${names.map((n, i) => `${n} ${formatEuroNl(terugParts[i])}`).join(', ')}.`,
    );
    breakdown.push(`Gemeente draagt ${formatEuroNl(overschrijding)} − ${formatEuroNl(aanbiedersDeel)} = ${formatEuroNl(gemeenteDeel)}.`);
  } else if (onderbenutting.gt(0)) {
    breakdown.push(`Onderbenutting = ${formatEuroNl(plafond)} − ${formatEuroNl(totaal)} = ${formatEuroNl(onderbenutting)}.`);
    breakdown.push(
      laatste
        ? 'Laatste contractjaar: de onderbenutting vervalt, er is geen aanspraak op een toevoeging.'
        : `Toegevoegd aan de lumpsum van volgend jaar, ${verdeeld}: ${names.map((n, i) => `${n} ${formatEuroNl(toevoegParts[i])}`).join(', ')}.`,
    );
  } else breakdown.push('Precies op het plafond: geen terugbetaling en geen toevoeging.');
  return {
    totaal: formatCents(totaal),
    overschrijding: formatCents(overschrijding),
    onderbenutting: formatCents(onderbenutting),
    terugbetaling,
    gemeenteDeel: formatCents(gemeenteDeel),
    toevoegingVolgendJaar,
    breakdown,
  };
}

export const lumpsumPlafondModel: FundingModel = {
  id: 'lumpsum-plafond',
  beschrijving: 'Nacalculatie lumpsum binnen budgetplafond: overschrijding deels terugbetaald, onderbenutting naar volgend jaar.',
  schema,
  calculate: (input) => calculateLumpsumPlafond(input as LumpsumPlafondInput),
};
