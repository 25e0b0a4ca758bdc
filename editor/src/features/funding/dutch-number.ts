/**
 * Dutch number notation ("1.234,56") to and from the API's decimal strings ("1234.56"), by string handling only:
 * money never passes through a JavaScript float on its way to or from the server.
 */

/** A parsed Dutch number: the exact decimal string, or the Dutch reason it is not a number. */
export type DutchParse = { ok: true; decimal: string } | { ok: false; reason: string };

const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const PLAIN = /^\d+$/;

/**
 * Reads "1.234,56", "1234,56", "1234" or "-12,5" (dots only as thousands separators in groups of three, comma as
 * decimal sign) into "1234.56", "1234.56", "1234", "-12.5"; keeps every digit typed, so the conversion is exact.
 */
export function parseDutchDecimal(text: string): DutchParse {
  const trimmed = text.trim().replace(/\s/g, '').replace(/^€/, '');
  if (trimmed === '') return { ok: false, reason: 'is leeg' };
  const negative = trimmed.startsWith('-');
  const unsigned = negative ? trimmed.slice(1) : trimmed;
  const [whole, fraction, extra] = unsigned.split(',');
  if (extra !== undefined) return { ok: false, reason: 'bevat meer dan één komma' };
  if (fraction !== undefined && !PLAIN.test(fraction)) return { ok: false, reason: 'heeft geen geldige cijfers na de komma' };
  let digits: string;
  if (PLAIN.test(whole)) digits = whole;
  else if (GROUPED.test(whole)) digits = whole.replace(/\./g, '');
  else if (/^\d+\.\d+$/.test(whole))
    return { ok: false, reason: 'gebruik een komma als decimaalteken en punten alleen tussen groepen van drie cijfers (1.234,56)' };
  else return { ok: false, reason: 'is geen getal (schrijf bijvoorbeeld 1.234,56)' };
  const normalisedWhole = digits.replace(/^0+(?=\d)/, '');
  const decimal = fraction === undefined ? normalisedWhole : `${normalisedWhole}.${fraction}`;
  return { ok: true, decimal: negative && /[1-9]/.test(decimal) ? `-${decimal}` : decimal };
}

/** "1234.5" or 1234.5 → "1.234,5"; `decimals` pads or rounds half-up on the string (for display with cents). */
export function formatDutchDecimal(value: string | number, decimals?: number): string {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const negative = text.startsWith('-');
  let [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  if (decimals !== undefined) [whole, fraction] = roundDigits(whole, fraction, decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const isZero = !/[1-9]/.test(whole + fraction);
  return (negative && !isZero ? '-' : '') + grouped + (fraction ? `,${fraction}` : '');
}

/** An API amount ("1500.5") as Dutch euros: "€ 1.500,50"; negative as "€ -1.500,50" (as Intl nl-NL writes it). */
export function formatEuroText(decimal: string): string {
  return `€ ${formatDutchDecimal(decimal, 2)}`;
}

/** A JSON number as the digits JSON would write (no exponent for the sizes a form holds). */
function numberToPlainString(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

/** Rounds the digit strings half-up to `decimals` fraction digits without leaving decimal notation. */
function roundDigits(whole: string, fraction: string, decimals: number): [string, string] {
  if (fraction.length <= decimals) return [whole, fraction.padEnd(decimals, '0')];
  const kept = whole + fraction.slice(0, decimals);
  const roundUp = Number(fraction[decimals]) >= 5;
  const digits = roundUp ? incrementDigits(kept) : kept;
  const cut = digits.length - decimals;
  return [digits.slice(0, cut) || '0', digits.slice(cut)];
}

/** "0999" → "1000": adds one to a string of digits. */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}
