/** Cost per client per segment in whole euros, with the sum and its difference to a published total (docs/domain.md §4.1). */
import schema from '../../schemas/funding/kosten-per-client.schema.json';
import type { FundingModel, FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatNumberNl, formatWholeEuros, Money, parseAmount, roundEuros, sumDecimals, type Amount } from './money';

export interface KostenPerClientInput {
  segmenten: Record<string, { totaal: Amount; clienten: number }>;
  opgegevenTotaal?: Amount;
}

export interface KostenPerClientResult extends FundingResult {
  /** Per segment the cost per client in whole euros ("23827"); null for a segment without clients. */
  segmenten: Record<string, { totaal: string; clienten: number; perClient: string | null }>;
  som: string;
  /** som − opgegevenTotaal; null without a published total. */
  verschil: string | null;
}

/** Divides each segment's total by its clients, rounded half-up to whole euros, and checks the sum. */
export function calculateKostenPerClient(input: KostenPerClientInput): KostenPerClientResult {
  const entries: [string, KostenPerClientResult['segmenten'][string]][] = [];
  const breakdown: string[] = [];
  const totals = Object.entries(input.segmenten).map(([naam, s]) => {
    const totaal = parseAmount(s.totaal);
    if (s.clienten === 0) {
      entries.push([naam, { totaal: formatCents(totaal), clienten: 0, perClient: null }]);
      breakdown.push(`${naam}: ${formatEuroNl(totaal)} zonder cliënten; geen kosten per cliënt.`);
    } else {
      const perClient = roundEuros(totaal.div(new Money(s.clienten)));
      entries.push([naam, { totaal: formatCents(totaal), clienten: s.clienten, perClient: formatWholeEuros(perClient) }]);
      breakdown.push(`${naam}: ${formatEuroNl(totaal)} / ${formatNumberNl(new Money(s.clienten), 0)} cliënten = ${formatEuroNl(perClient, 0)} per cliënt.`);
    }
    return totaal;
  });
  const som = sumDecimals(totals);
  breakdown.push(`Som van de segmenten: ${formatEuroNl(som)}.`);
  let verschil: string | null = null;
  if (input.opgegevenTotaal !== undefined) {
    const opgegeven = parseAmount(input.opgegevenTotaal);
    const diff = som.minus(opgegeven);
    verschil = formatCents(diff);
    breakdown.push(
      `Opgegeven totaal ${formatEuroNl(opgegeven)}; verschil (som − opgegeven) = ${formatEuroNl(diff)}${diff.isZero() ? '' : ': het opgegeven totaal klopt niet met de segmenten'}.`,
    );
  }
  // Object.fromEntries defines own properties, so any segment name is kept.
  return { segmenten: Object.fromEntries(entries), som: formatCents(som), verschil, breakdown };
}

export const kostenPerClientModel: FundingModel = {
  id: 'kosten-per-client',
  beschrijving: 'Kosten per cliënt per segment (hele euro’s), met de som en het verschil met een opgegeven totaal.',
  schema,
  calculate: (input) => calculateKostenPerClient(input as KostenPerClientInput),
};
