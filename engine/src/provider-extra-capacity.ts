/**
 * The derived fact on extra capacity bought outside the framework agreement
 * (DOMAIN.md §7.10): Σ extra ≤ maximumPct % of the contracted value, and
 * only after a shortfall was established. Amounts stay decimal strings.
 */
import Decimal from 'decimal.js';
import type { ExtraCapacity } from './provider-data';

/** The extra-capacity check of one perceel and year, as rules see it (fact `perceel`, path `$.extraCapaciteit`). */
export interface ExtraCapacityFact {
  jaar: number;
  gecontracteerdeWaarde: string;
  totaalExtra: string;
  /** Absent when the policy sets no maximum percentage. */
  maximumPct?: number;
  maximum?: string;
  /** maximum − totaalExtra (negative when over the cap). */
  ruimte?: string;
  tekortVastgesteld: boolean;
  toegestaan: boolean;
  /** Dutch sentences saying why it is not allowed. */
  bevindingen: string[];
}

const money = (value: Decimal): string => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/**
 * Checks the most recent year's extra capacity (up to the as-of year) of a
 * perceel; undefined when the data records none.
 */
export function deriveExtraCapacity(entries: readonly ExtraCapacity[], asOfYear: number, maximumPct: number | undefined): ExtraCapacityFact | undefined {
  const candidates = entries.filter((e) => e.jaar <= asOfYear);
  if (candidates.length === 0) return undefined;
  const entry = candidates.reduce((a, b) => (b.jaar > a.jaar ? b : a));
  // TODO(funding): switch to calculateFunding('extra-capaciteit', …) from ./funding once that library lands.
  const contracted = new Decimal(entry.gecontracteerdeWaarde);
  const total = entry.inkopen.reduce((sum, i) => sum.plus(i.bedrag), new Decimal(0));
  const bevindingen: string[] = [];
  let maximum: Decimal | undefined;
  if (maximumPct !== undefined) {
    maximum = contracted.times(maximumPct).dividedBy(100);
    if (total.greaterThan(maximum)) {
      bevindingen.push(`extra capaciteit € ${money(total)} is meer dan ${maximumPct} % van de gecontracteerde waarde (€ ${money(maximum)})`);
    }
  }
  if (total.greaterThan(0) && !entry.tekortVastgesteld) {
    bevindingen.push('extra capaciteit ingekocht zonder vastgesteld tekort bij de raamcontractanten');
  }
  return {
    jaar: entry.jaar,
    gecontracteerdeWaarde: money(contracted),
    totaalExtra: money(total),
    ...(maximum !== undefined ? { maximumPct, maximum: money(maximum), ruimte: money(maximum.minus(total)) } : {}),
    tekortVastgesteld: entry.tekortVastgesteld,
    toegestaan: bevindingen.length === 0,
    bevindingen,
  };
}
