/**
 * The derived fact on extra capacity bought outside the framework agreement
 * (docs/domain.md §7.10): Σ extra ≤ maximumPct % of the contracted value, and
 * only after a shortfall was established — computed by the funding
 * library's `extra-capaciteit` model so the rule stays declarative.
 */
import { calculateFunding } from '../funding/calculate-funding';
import type { ExtraCapaciteitResult } from '../funding/extra-capaciteit';
import type { ExtraCapacity } from './provider-data';

/** The extra-capacity check of one perceel and year, as rules see it (fact `perceel`, path `$.extraCapaciteit`). */
export interface ExtraCapacityFact {
  jaar: number;
  gecontracteerdeWaarde: string;
  totaalExtra: string;
  /** The policy's extraCapaciteitMaxPct; absent when the policy sets none and the model's default applies (see berekening). */
  maximumPct?: number;
  maximum: string;
  /** Room left under the maximum (never negative). */
  ruimte: string;
  /** The amount above the maximum (0.00 when within). */
  overschrijding: string;
  tekortVastgesteld: boolean;
  toegestaan: boolean;
  /** Finding codes from the funding model. */
  bevindingen: string[];
  /** Dutch reasons why it is not allowed. */
  redenen: string[];
  /** The model's Dutch calculation steps. */
  berekening: string[];
}

/**
 * Checks the most recent year's extra capacity (up to the as-of year) of a
 * perceel; undefined when the data records none.
 */
export function deriveExtraCapacity(entries: readonly ExtraCapacity[], asOfYear: number, maximumPct: number | undefined): ExtraCapacityFact | undefined {
  const candidates = entries.filter((e) => e.jaar <= asOfYear);
  if (candidates.length === 0) return undefined;
  const entry = candidates.reduce((a, b) => (b.jaar > a.jaar ? b : a));
  const result = calculateFunding('extra-capaciteit', {
    gecontracteerdeWaarde: entry.gecontracteerdeWaarde,
    extra: entry.inkopen.map((i) => i.bedrag),
    tekortVastgesteld: entry.tekortVastgesteld,
    ...(maximumPct !== undefined ? { maximumPct } : {}),
  }) as ExtraCapaciteitResult;
  return {
    jaar: entry.jaar,
    gecontracteerdeWaarde: entry.gecontracteerdeWaarde,
    totaalExtra: result.somExtra,
    ...(maximumPct !== undefined ? { maximumPct } : {}),
    maximum: result.maximum,
    ruimte: result.ruimte,
    overschrijding: result.overschrijding,
    tekortVastgesteld: entry.tekortVastgesteld,
    toegestaan: result.toegestaan,
    bevindingen: result.bevindingen,
    redenen: result.redenen,
    berekening: result.breakdown,
  };
}
