/** Lumpsum setup (Maastricht, seed 002): lumpsum = turnover × (1 + index) × (1 − reduction), per provider (docs/domain.md §7.7). */
import schema from '../../schemas/funding/lumpsum-vaststelling.schema.json';
import type { FundingModel, FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentToFraction, roundCents, sumDecimals, type Amount } from './money';

export interface LumpsumVaststellingInput {
  omzet: Record<string, Amount>;
  indexPct: number;
  taakstellingPct: number;
}

export interface LumpsumVaststellingResult extends FundingResult {
  lumpsums: Record<string, string>;
  /** Sum of the rounded lumpsums. */
  totaal: string;
}

/** Indexes each provider's turnover and applies the reduction on the indexed price level; also serves later years (reduction 0). */
export function calculateLumpsumVaststelling(input: LumpsumVaststellingInput): LumpsumVaststellingResult {
  const factor = new Money(1).plus(percentToFraction(input.indexPct)).times(new Money(1).minus(percentToFraction(input.taakstellingPct)));
  const breakdown = [
    `Factor = (1 + ${formatPctNl(input.indexPct)}) × (1 − ${formatPctNl(input.taakstellingPct)}) = ${factor.toString().replace('.', ',')}; de taakstelling geldt na indexering.`,
  ];
  const entries: [string, string][] = [];
  const rounded = Object.entries(input.omzet).map(([aanbieder, omzet]) => {
    const lumpsum = roundCents(parseAmount(omzet).times(factor));
    entries.push([aanbieder, formatCents(lumpsum)]);
    breakdown.push(`${aanbieder}: ${formatEuroNl(parseAmount(omzet))} × ${factor.toString().replace('.', ',')} = ${formatEuroNl(lumpsum)}.`);
    return lumpsum;
  });
  const totaal = sumDecimals(rounded);
  breakdown.push(`Totaal van de lumpsums: ${formatEuroNl(totaal)}.`);
  // Object.fromEntries defines own properties, so any provider name is kept.
  return { lumpsums: Object.fromEntries(entries), totaal: formatCents(totaal), breakdown };
}

export const lumpsumVaststellingModel: FundingModel = {
  id: 'lumpsum-vaststelling',
  beschrijving: 'Lumpsum per aanbieder: omzet geïndexeerd, minus taakstelling na indexering (ook voor het plafond en latere jaren).',
  schema,
  calculate: (input) => calculateLumpsumVaststelling(input as LumpsumVaststellingInput),
};
