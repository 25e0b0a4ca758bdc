/** FTE effect of moving the investigation to providers (seed 002): registrations × norm hours / productive hours per FTE (docs/domain.md §7.13). */
import schema from '../../schemas/funding/fte-effect.schema.json';
import type { FundingModel, FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatNumberNl, formatQuantityNl, parseAmount, type Amount } from './money';

export interface FteEffectInput {
  meldingen: number;
  normUren: number;
  productieveUrenPerFte: number;
  loonkostenPerFte?: Amount;
}

export interface FteEffectResult extends FundingResult {
  /** FTE, 2 decimals. */
  fte: string;
  /** fte × wage cost per FTE (from the unrounded fte); null without a wage cost. */
  besparing: string | null;
}

/** fte = registrations × norm hours / productive hours per FTE; the saving multiplies the unrounded fte (round once, at the end). */
export function calculateFteEffect(input: FteEffectInput): FteEffectResult {
  const uren = parseAmount(input.meldingen).times(parseAmount(input.normUren));
  const fte = uren.div(parseAmount(input.productieveUrenPerFte));
  const breakdown = [
    `Uren = ${input.meldingen} meldingen × ${formatQuantityNl(input.normUren)} uur = ${formatQuantityNl(uren)} uur.`,
    `Fte = ${formatQuantityNl(uren)} / ${formatQuantityNl(input.productieveUrenPerFte)} productieve uren per fte = ${formatQuantityNl(fte, 6)} ≈ ${formatNumberNl(fte)} fte.`,
  ];
  let besparing: string | null = null;
  if (input.loonkostenPerFte !== undefined) {
    const loon = parseAmount(input.loonkostenPerFte);
    const bedrag = fte.times(loon);
    besparing = formatCents(bedrag);
    breakdown.push(`Besparing = ${formatQuantityNl(fte, 6)} fte × ${formatEuroNl(loon)} = ${formatEuroNl(bedrag)} per jaar.`);
  }
  return { fte: formatCents(fte), besparing, breakdown };
}

export const fteEffectModel: FundingModel = {
  id: 'fte-effect',
  beschrijving: 'Fte-effect: meldingen × normtijd / productieve uren per fte, met optioneel de besparing op loonkosten.',
  schema,
  calculate: (input) => calculateFteEffect(input as FteEffectInput),
};
