/** pxq (inspanningsgericht): bedrag = tarief × (1 + opslagPct/100) × aantal, rounded once at the end (docs/domain.md §7.1). */
import schema from '../../schemas/funding/pxq.schema.json';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { invalidInput } from './invalid-input';
import { formatCents, formatEuroNl, formatEuroNlPrecise, formatPctNl, formatQuantityNl, Money, parseAmount, percentToFraction, type Amount } from './money';

export interface PxqInput {
  tarief: Amount;
  aantal: number;
  eenheid: string;
  tariefEenheid?: string;
  opslagPct?: number;
}

export interface PxqResult extends FundingResult {
  bedrag: string;
}

const DEFAULTS = schemaDefaults<{ opslagPct: number }>(schema);

/** Minutes per time unit, for a tariff in another unit than the quantity. */
const MINUTES: Record<string, number> = { minuut: 1, uur: 60, dagdeel: 240 };

/** Price times quantity with an optional surcharge; a tariff in another time unit is converted in the same multiplication (TR346). */
export function calculatePxq(input: PxqInput): PxqResult {
  const opslagPct = input.opslagPct ?? DEFAULTS.opslagPct;
  const tarief = parseAmount(input.tarief);
  const tariefMetOpslag = tarief.times(new Money(1).plus(percentToFraction(opslagPct)));
  const tariefEenheid = input.tariefEenheid ?? input.eenheid;
  let omrekening = new Money(1);
  if (tariefEenheid !== input.eenheid) {
    if (!(input.eenheid in MINUTES)) invalidInput('/eenheid', `een tarief per ${tariefEenheid} kan alleen worden omgerekend naar minuut, uur of dagdeel`);
    omrekening = new Money(MINUTES[input.eenheid]).div(MINUTES[tariefEenheid]);
  }
  const bedrag = tariefMetOpslag.times(parseAmount(input.aantal)).times(omrekening);
  const breakdown = [`Tarief: ${formatEuroNl(tarief)} per ${tariefEenheid}.`];
  if (!parseAmount(opslagPct).isZero())
    breakdown.push(
      `Opslag ${formatPctNl(opslagPct)}: ${formatEuroNl(tarief)} × (1 + ${formatPctNl(opslagPct)}) = ${formatEuroNlPrecise(tariefMetOpslag)} per ${tariefEenheid}.`,
    );
  breakdown.push(
    omrekening.eq(1)
      ? `Bedrag: ${formatEuroNlPrecise(tariefMetOpslag)} × ${formatQuantityNl(input.aantal)} ${input.eenheid} = ${formatEuroNl(bedrag)} (eenmaal afgerond op centen).`
      : `Bedrag: ${formatEuroNlPrecise(tariefMetOpslag)} per ${tariefEenheid} × ${formatQuantityNl(input.aantal)} ${input.eenheid} × ${MINUTES[input.eenheid]}/${MINUTES[tariefEenheid]} = ${formatEuroNl(bedrag)} (eenmaal afgerond op centen, nooit een afgerond minuuttarief × minuten).`,
  );
  return { bedrag: formatCents(bedrag), breakdown };
}

export const pxqModel: FundingModel = {
  id: 'pxq',
  beschrijving: 'Inspanningsgericht: tarief × aantal eenheden, met optionele opslag (tariefdifferentiatie).',
  schema,
  calculate: (input) => calculatePxq(input as PxqInput),
};
