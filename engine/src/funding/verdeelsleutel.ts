/** Cost split by inhabitants (verdeelsleutel), exact to the cent or the seed's rounded-percentage method (docs/domain.md §7.9). */
import type { Decimal } from 'decimal.js';
import schema from '../../schemas/funding/verdeelsleutel.schema.json';
import { apportionCents } from './apportion';
import type { FundingModel, FundingResult } from './funding-model';
import { invalidInput } from './invalid-input';
import {
  formatCents,
  formatEuroNl,
  formatEuroNlPrecise,
  formatNumberNl,
  formatWholeEuros,
  Money,
  parseAmount,
  percentNumber,
  roundCents,
  roundEuros,
  sumDecimals,
  type Amount,
} from './money';

export type VerdeelMethode = 'exact' | 'afgerond-percentage';

export interface VerdeelsleutelInput {
  totaal: Amount;
  inwoners: Record<string, number>;
  methode: VerdeelMethode;
}

export interface VerdeelsleutelResult extends FundingResult {
  /**
   * Per municipality its share and amount. `exact`: aandeelPct with 4 decimals, bedrag in cents ("10824.36");
   * `afgerond-percentage`: aandeelPct with 2 decimals, bedrag in whole euros ("10829").
   */
  verdeling: Record<string, { aandeelPct: number; bedrag: string }>;
  /** Sum of the amounts (2 decimals). */
  som: string;
  /** som − totaal (2 decimals): "0.00" for `exact`; the rounding difference for `afgerond-percentage`. */
  verschil: string;
}

/** Splits `totaal` over municipalities by inhabitants. */
export function calculateVerdeelsleutel(input: VerdeelsleutelInput): VerdeelsleutelResult {
  const names = Object.keys(input.inwoners);
  const counts = names.map((n) => new Money(input.inwoners[n]));
  const inwonersTotaal = sumDecimals(counts);
  if (inwonersTotaal.isZero()) invalidInput('/inwoners', 'het totaal aantal inwoners moet groter dan 0 zijn');
  const totaal = parseAmount(input.totaal);
  const breakdown = [`Te verdelen ${formatEuroNl(totaal)} over ${formatNumberNl(inwonersTotaal, 0)} inwoners (methode ${input.methode}).`];
  const entries: [string, VerdeelsleutelResult['verdeling'][string]][] = [];
  let amounts: Decimal[];
  if (input.methode === 'exact') {
    amounts = apportionCents(totaal, counts);
    names.forEach((n, i) => {
      const pct = counts[i].div(inwonersTotaal).times(100);
      entries.push([n, { aandeelPct: percentNumber(pct, 4), bedrag: formatCents(amounts[i]) }]);
      breakdown.push(
        `${n}: ${formatNumberNl(counts[i], 0)} / ${formatNumberNl(inwonersTotaal, 0)} × ${formatEuroNl(totaal)} = ${formatEuroNlPrecise(totaal.times(counts[i]).div(inwonersTotaal))} → ${formatEuroNl(amounts[i])}.`,
      );
    });
    breakdown.push('Afgerond op centen naar de grootste rest: de bedragen tellen precies op tot het totaal.');
  } else {
    amounts = names.map((n, i) => {
      const pct = counts[i].div(inwonersTotaal).times(100).toDecimalPlaces(2, Money.ROUND_HALF_UP);
      const bedrag = roundEuros(pct.div(100).times(totaal));
      entries.push([n, { aandeelPct: percentNumber(pct), bedrag: formatWholeEuros(bedrag) }]);
      breakdown.push(
        `${n}: ${formatNumberNl(counts[i], 0)} / ${formatNumberNl(inwonersTotaal, 0)} = ${formatNumberNl(pct)}%; ${formatNumberNl(pct)}% × ${formatEuroNl(totaal)} = ${formatEuroNlPrecise(pct.div(100).times(totaal))} → ${formatEuroNl(bedrag, 0)}.`,
      );
      return bedrag;
    });
    breakdown.push('Percentage afgerond op 2 decimalen, bedrag afgerond op hele euro’s (half naar boven); het verschil met het totaal wordt gemeld.');
  }
  const som = sumDecimals(amounts);
  const verschil = som.minus(roundCents(totaal));
  breakdown.push(`Som ${formatEuroNl(som)}; verschil met het totaal ${formatEuroNl(verschil)}.`);
  // Object.fromEntries defines own properties, so any municipality name is kept.
  return { verdeling: Object.fromEntries(entries), som: formatCents(som), verschil: formatCents(verschil), breakdown };
}

export const verdeelsleutelModel: FundingModel = {
  id: 'verdeelsleutel',
  beschrijving: 'Verdeelsleutel inwoners: een bedrag over gemeenten verdelen, exact op de cent of met afgeronde percentages.',
  schema,
  calculate: (input) => calculateVerdeelsleutel(input as VerdeelsleutelInput),
};
