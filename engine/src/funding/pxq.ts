/** pxq (inspanningsgericht): bedrag = tarief × (1 + opslagPct/100) × aantal, rounded once at the end (DOMAIN §7.1). */
import schema from '../../schemas/funding/pxq.schema.json';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatEuroNlPrecise, formatPctNl, formatQuantityNl, Money, parseAmount, percentToFraction, type Amount } from './money';

export interface PxqInput {
  tarief: Amount;
  aantal: number;
  eenheid: string;
  opslagPct?: number;
}

export interface PxqResult extends FundingResult {
  bedrag: string;
}

const DEFAULTS = schemaDefaults<{ opslagPct: number }>(schema);

/** Price times quantity with an optional surcharge. */
export function calculatePxq(input: PxqInput): PxqResult {
  const opslagPct = input.opslagPct ?? DEFAULTS.opslagPct;
  const tarief = parseAmount(input.tarief);
  const tariefMetOpslag = tarief.times(new Money(1).plus(percentToFraction(opslagPct)));
  const bedrag = tariefMetOpslag.times(parseAmount(input.aantal));
  const breakdown = [`Tarief: ${formatEuroNl(tarief)} per ${input.eenheid}.`];
  if (!parseAmount(opslagPct).isZero())
    breakdown.push(
      `Opslag ${formatPctNl(opslagPct)}: ${formatEuroNl(tarief)} × (1 + ${formatPctNl(opslagPct)}) = ${formatEuroNlPrecise(tariefMetOpslag)} per ${input.eenheid}.`,
    );
  breakdown.push(
    `Bedrag: ${formatEuroNlPrecise(tariefMetOpslag)} × ${formatQuantityNl(input.aantal)} ${input.eenheid} = ${formatEuroNl(bedrag)} (eenmaal afgerond op centen).`,
  );
  return { bedrag: formatCents(bedrag), breakdown };
}

export const pxqModel: FundingModel = {
  id: 'pxq',
  beschrijving: 'Inspanningsgericht: tarief × aantal eenheden, met optionele opslag (tariefdifferentiatie).',
  schema,
  calculate: (input) => calculatePxq(input as PxqInput),
};
