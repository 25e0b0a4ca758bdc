/** Largest-remainder apportionment: splits an amount to the cent over weights so the parts add up exactly. */
import type { Decimal } from 'decimal.js';
import { Money, roundCents, sumDecimals } from './money';

/**
 * Splits `total` (rounded half-up to cents first) over `weights` in proportion, each part in whole cents,
 * by the largest-remainder method: floor every exact share, then give the leftover cents to the largest
 * remainders (ties: the earlier entry). The parts always add up to the rounded total.
 * With all weights zero the total is split equally.
 */
export function apportionCents(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  if (weights.length === 0) return [];
  const totalCents = roundCents(total).times(100);
  const weightSum = sumDecimals(weights);
  const effective = weightSum.isZero() ? weights.map(() => new Money(1)) : weights;
  const effectiveSum = weightSum.isZero() ? new Money(weights.length) : weightSum;
  const exact = effective.map((w) => totalCents.times(w).div(effectiveSum));
  const floors = exact.map((e) => e.floor());
  let leftover = totalCents.minus(sumDecimals(floors)).toNumber();
  const order = exact
    .map((e, index) => ({ index, remainder: e.minus(floors[index]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const { index } of order) {
    if (leftover <= 0) break;
    floors[index] = floors[index].plus(1);
    leftover--;
  }
  return floors.map((cents) => cents.div(100));
}
