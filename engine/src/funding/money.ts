/** Money with decimal.js: parse number|string to Decimal, round half-up to cents or euros, format; never a JS float for money. */
import Decimal from 'decimal.js';

/** A private Decimal with ample precision and half-up rounding, so divisions stay exact enough and rounding is the bookkeeper's. */
export const Money = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

/** An amount as it arrives in an input: a JSON number or a decimal string ("1500.00"). */
export type Amount = number | string;

/** Parses an amount (or a percentage, or a count) to a Decimal; a number is read by its shortest decimal form. */
export function parseAmount(value: Amount | Decimal): Decimal {
  if (value instanceof Decimal) return new Money(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`Geen eindig getal: ${value}`);
  return new Money(typeof value === 'string' ? value.trim() : value);
}

/** A percentage as a fraction: 7.5 → 0.075. */
export function percentToFraction(pct: number | Decimal): Decimal {
  return parseAmount(pct).div(100);
}

/** Rounds half-up (away from zero on .5) to cents. */
export function roundCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds half-up to whole euros. */
export function roundEuros(value: Decimal): Decimal {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** Formats with a fixed number of decimals, half-up, never "-0.00". */
export function formatFixed(value: Decimal, decimals: number): string {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(decimals);
}

/** An amount as the API shows it: a string with two decimals ("1500.00"). */
export function formatCents(value: Decimal): string {
  return formatFixed(value, 2);
}

/** An amount in whole euros as a string ("10829"). */
export function formatWholeEuros(value: Decimal): string {
  return formatFixed(value, 0);
}

/** A percentage for output: a JSON number rounded half-up to `decimals` (display only, never used for money). */
export function percentNumber(value: Decimal, decimals = 2): number {
  return Number(formatFixed(value, decimals));
}

/** Dutch number notation for the breakdown: 220550.5 → "220.550,50". */
export function formatNumberNl(value: Decimal, decimals = 2): string {
  const fixed = formatFixed(value, decimals);
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + grouped + (fraction ? ',' + fraction : '');
}

/** Dutch euro notation for the breakdown: "€ 220.550,00". */
export function formatEuroNl(value: Decimal, decimals = 2): string {
  return '€ ' + formatNumberNl(value, decimals);
}

/** Dutch euro notation for an unrounded intermediate: at least 2 and at most 4 decimals ("€ 10.829,005"). */
export function formatEuroNlPrecise(value: Decimal): string {
  const decimals = Math.max(2, value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).decimalPlaces());
  return formatEuroNl(value, decimals);
}

/** Dutch percentage notation for the breakdown, without trailing zeros: 3.87 → "3,87%", 10 → "10%". */
export function formatPctNl(value: number | Decimal, maxDecimals = 4): string {
  const d = parseAmount(value).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP);
  return d.toString().replace('.', ',') + '%';
}

/** Dutch notation for a plain quantity without trailing zeros: 2.5 → "2,5". */
export function formatQuantityNl(value: number | Decimal, maxDecimals = 4): string {
  return parseAmount(value).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP).toString().replace('.', ',');
}

/** The sum of a list of Decimals. */
export function sumDecimals(values: readonly Decimal[]): Decimal {
  return values.reduce((total, v) => total.plus(v), new Money(0));
}
