/** Trajectory with a year boundary: the price is booked per calendar year pro rata to the norm months in that year (docs/domain.md §7.2). */
import schema from '../../schemas/funding/traject-jaargrens.schema.json';
import { apportionCents } from './apportion';
import type { FundingModel, FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatEuroNlPrecise, Money, parseAmount, type Amount } from './money';

export interface TrajectJaargrensInput {
  trajectprijs: Amount;
  normDuurMaanden: number;
  startdatum: string;
}

export interface TrajectJaargrensResult extends FundingResult {
  /** Amount per calendar year, e.g. { "2022": "1500.00", "2023": "4500.00" }. */
  perJaar: Record<string, string>;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Splits a trajectory price over the calendar years its norm period touches; the parts add up to the price to the cent. */
export function calculateTrajectJaargrens(input: TrajectJaargrensInput): TrajectJaargrensResult {
  const price = parseAmount(input.trajectprijs);
  const duration = input.normDuurMaanden;
  const [startYear, startMonth, startDay] = input.startdatum.split('-').map(Number);
  const monthsPerYear = new Map<number, number>();
  for (let k = 0; k < duration; k++) {
    const year = startYear + Math.floor((startMonth - 1 + k) / 12);
    monthsPerYear.set(year, (monthsPerYear.get(year) ?? 0) + 1);
  }
  const years = [...monthsPerYear.keys()];
  const months = years.map((y) => new Money(monthsPerYear.get(y) ?? 0));
  const parts = apportionCents(price, months);
  const perMonth = price.div(duration);
  const breakdown = [
    `Trajectprijs ${formatEuroNl(price)} over een normduur van ${duration} maanden vanaf ${MONTHS[startMonth - 1]} ${startYear}: ${formatEuroNlPrecise(perMonth)} per maand.`,
  ];
  if (startDay !== 1) breakdown.push(`De startmaand (${MONTHS[startMonth - 1]}) telt als hele maand.`);
  const perJaar: Record<string, string> = {};
  years.forEach((year, i) => {
    perJaar[String(year)] = formatCents(parts[i]);
    breakdown.push(`${year}: ${months[i].toString()} maanden × ${formatEuroNlPrecise(perMonth)} = ${formatEuroNl(parts[i])}.`);
  });
  breakdown.push(
    `Samen ${formatEuroNl(price)}; afronding op centen naar de grootste rest, zodat de jaren precies optellen. De werkelijke duur verandert de prijs niet (risico aanbieder).`,
  );
  return { perJaar, breakdown };
}

export const trajectJaargrensModel: FundingModel = {
  id: 'traject-jaargrens',
  beschrijving: 'Trajectprijs verdeeld over kalenderjaren naar rato van de maanden van de normduur per jaar.',
  schema,
  calculate: (input) => calculateTrajectJaargrens(input as TrajectJaargrensInput),
};
