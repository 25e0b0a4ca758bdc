/** Extra capacity outside the framework agreement: only with an established shortfall and up to a share of the contracted value (docs/domain.md §4.1, §7.10). */
import schema from '../../schemas/funding/extra-capaciteit.schema.json';
import { schemaDefaults, type FundingModel, type FundingResult } from './funding-model';
import { formatCents, formatEuroNl, formatPctNl, Money, parseAmount, percentToFraction, sumDecimals, type Amount } from './money';

export interface ExtraCapaciteitInput {
  gecontracteerdeWaarde: Amount;
  extra: Amount[];
  tekortVastgesteld: boolean;
  maximumPct?: number;
}

export interface ExtraCapaciteitResult extends FundingResult {
  toegestaan: boolean;
  /** Room left under the maximum (never negative). */
  ruimte: string;
  /** Finding codes (docs/domain.md §6): EXTRA_CAPACITEIT_BOVEN_MAXIMUM when above the maximum or without established shortfall. */
  bevindingen: string[];
  /** Σ extra. */
  somExtra: string;
  /** maximumPct × contracted value. */
  maximum: string;
  /** The amount above the maximum (0 when within). */
  overschrijding: string;
  /** Dutch reasons behind the findings. */
  redenen: string[];
}

const DEFAULTS = schemaDefaults<{ maximumPct: number }>(schema);

/** Checks Σ extra ≤ maximumPct × contracted value and that a shortfall was established. */
export function calculateExtraCapaciteit(input: ExtraCapaciteitInput): ExtraCapaciteitResult {
  const maximumPct = input.maximumPct ?? DEFAULTS.maximumPct;
  const waarde = parseAmount(input.gecontracteerdeWaarde);
  const extra = input.extra.map((e) => parseAmount(e));
  const somExtra = sumDecimals(extra);
  const maximum = waarde.times(percentToFraction(maximumPct));
  const boven = somExtra.gt(maximum);
  const zonderTekort = somExtra.gt(0) && !input.tekortVastgesteld;
  const redenen: string[] = [];
  if (boven)
    redenen.push(
      `De extra capaciteit (${formatEuroNl(somExtra)}) is meer dan ${formatPctNl(maximumPct)} van de gecontracteerde waarde (${formatEuroNl(maximum)}).`,
    );
  if (zonderTekort) redenen.push('Er is niet vastgesteld dat de raamcontractanten niet kunnen leveren.');
  const toegestaan = !boven && !zonderTekort;
  const breakdown = [
    `Extra capaciteit: ${extra.length > 0 ? extra.map((e) => formatEuroNl(e)).join(' + ') : 'geen'} = ${formatEuroNl(somExtra)}.`,
    `Maximum = ${formatPctNl(maximumPct)} × gecontracteerde waarde ${formatEuroNl(waarde)} = ${formatEuroNl(maximum)}.`,
    `Ruimte = ${formatEuroNl(Money.max(0, maximum.minus(somExtra)))}${boven ? `; overschrijding ${formatEuroNl(somExtra.minus(maximum))}` : ''}.`,
    `Tekort bij de raamcontractanten vastgesteld: ${input.tekortVastgesteld ? 'ja' : 'nee'}.`,
    toegestaan ? 'Toegestaan.' : `Niet toegestaan. ${redenen.join(' ')}`,
  ];
  return {
    toegestaan,
    ruimte: formatCents(Money.max(0, maximum.minus(somExtra))),
    bevindingen: toegestaan ? [] : ['EXTRA_CAPACITEIT_BOVEN_MAXIMUM'],
    somExtra: formatCents(somExtra),
    maximum: formatCents(maximum),
    overschrijding: formatCents(Money.max(0, somExtra.minus(maximum))),
    redenen,
    breakdown,
  };
}

export const extraCapaciteitModel: FundingModel = {
  id: 'extra-capaciteit',
  beschrijving: 'Extra capaciteit buiten de raamovereenkomst: alleen bij vastgesteld tekort en tot 10 % van de gecontracteerde waarde.',
  schema,
  calculate: (input) => calculateExtraCapaciteit(input as ExtraCapaciteitInput),
};
