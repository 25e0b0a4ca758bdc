/** Trajectories converted to places (plekken): yearly capacity, price per place, repayment of unfilled place-months (docs/domain.md §7.3). */
import schema from '../../schemas/funding/plekken.schema.json';
import type { FundingModel, FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatNumberNl, formatQuantityNl, Money, parseAmount, type Amount } from './money';

export interface PlekkenInput {
  trajecten: number;
  trajectprijs: Amount;
  doorlooptijdMaanden: number;
  bezettePlekMaanden?: number;
  werkelijkeDoorlooptijdMaanden?: number;
}

export interface PlekkenResult extends FundingResult {
  /** Places (count, 2 decimals). */
  plekken: string;
  prijsPerPlekPerJaar: string;
  budget: string;
  terugbetaling: string;
  /** Clients helped (count, 2 decimals). */
  geholpenClienten: string;
  /** Cost per client helped; null when no client was helped. */
  kostenPerClient: string | null;
  /** Occupied place-months above the agreed places: not paid, flagged. */
  overbezetting: boolean;
}

/** Converts T trajectories of average duration d into places with the same budget, and settles a realisation. */
export function calculatePlekken(input: PlekkenInput): PlekkenResult {
  const trajecten = new Money(input.trajecten);
  const prijs = parseAmount(input.trajectprijs);
  const d = parseAmount(input.doorlooptijdMaanden);
  const plekken = trajecten.times(d).div(12);
  const prijsPerPlek = prijs.times(12).div(d);
  const budget = trajecten.times(prijs);
  const afgesprokenPlekMaanden = plekken.times(12);
  const realisatieGegeven = input.bezettePlekMaanden !== undefined;
  const bezet = realisatieGegeven ? parseAmount(input.bezettePlekMaanden as number) : afgesprokenPlekMaanden;
  const dWerkelijk = input.werkelijkeDoorlooptijdMaanden !== undefined ? parseAmount(input.werkelijkeDoorlooptijdMaanden) : d;
  const onbezet = Money.max(0, afgesprokenPlekMaanden.minus(bezet));
  const overbezet = Money.max(0, bezet.minus(afgesprokenPlekMaanden));
  const terugbetaling = onbezet.times(prijsPerPlek).div(12);
  const geholpen = bezet.div(dWerkelijk);
  const betaald = budget.minus(terugbetaling);
  const kostenPerClient = geholpen.isZero() ? null : betaald.div(geholpen);

  const breakdown = [
    `Plekken = ${formatQuantityNl(trajecten)} trajecten × ${formatQuantityNl(d)} maanden / 12 = ${formatNumberNl(plekken)} plekken.`,
    `Prijs per plek per jaar = ${formatEuroNl(prijs)} × 12 / ${formatQuantityNl(d)} = ${formatEuroNl(prijsPerPlek)}.`,
    `Budget = ${formatQuantityNl(trajecten)} × ${formatEuroNl(prijs)} = ${formatEuroNl(budget)} (gelijk aan ${formatNumberNl(plekken)} plekken × ${formatEuroNl(prijsPerPlek)}).`,
  ];
  if (!realisatieGegeven)
    breakdown.push(`Geen realisatie opgegeven: uitgegaan van volledige bezetting (${formatNumberNl(afgesprokenPlekMaanden)} plekmaanden).`);
  if (input.werkelijkeDoorlooptijdMaanden === undefined)
    breakdown.push(`Geen werkelijke doorlooptijd opgegeven: de afgesproken ${formatQuantityNl(d)} maanden.`);
  breakdown.push(
    `Terugbetaling onbezette plekmaanden = max(0, ${formatNumberNl(afgesprokenPlekMaanden)} − ${formatNumberNl(bezet)}) × ${formatEuroNl(prijsPerPlek)} / 12 = ${formatEuroNl(terugbetaling)}.`,
  );
  if (overbezet.gt(0))
    breakdown.push(`Let op: ${formatNumberNl(overbezet)} plekmaanden boven de afgesproken plekken; die worden niet betaald (overbezetting).`);
  breakdown.push(`Geholpen cliënten = ${formatNumberNl(bezet)} plekmaanden / ${formatQuantityNl(dWerkelijk)} maanden = ${formatNumberNl(geholpen)}.`);
  breakdown.push(
    kostenPerClient
      ? `Kosten per cliënt = (${formatEuroNl(budget)} − ${formatEuroNl(terugbetaling)}) / ${formatNumberNl(geholpen)} = ${formatEuroNl(kostenPerClient)}.`
      : 'Kosten per cliënt: niet te bepalen, er is geen cliënt geholpen.',
  );
  return {
    plekken: formatCents(plekken),
    prijsPerPlekPerJaar: formatCents(prijsPerPlek),
    budget: formatCents(budget),
    terugbetaling: formatCents(terugbetaling),
    geholpenClienten: formatCents(geholpen),
    kostenPerClient: kostenPerClient ? formatCents(kostenPerClient) : null,
    overbezetting: overbezet.gt(0),
    breakdown,
  };
}

export const plekkenModel: FundingModel = {
  id: 'plekken',
  beschrijving: 'Trajecten omgezet naar plekken (jaarcapaciteit) met hetzelfde budget; terugbetaling van onbezette plekmaanden.',
  schema,
  calculate: (input) => calculatePlekken(input as PlekkenInput),
};
