/** Dutch notation for the policy form: numbers with a decimal comma, amounts in euro, and Dutch names for enum values. */
import { BEKOSTIGINGSVORM } from '../../../../engine/src/policy';

/** 12.5 → "12,5" (no thousands separators while editing). */
export function formatDutchNumber(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value).replace('.', ',') : '';
}

/** "12,5", "1.234,5" or "1234.5" → 12.5 / 1234.5; undefined for anything else. */
export function parseDutchNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s|%/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(trimmed) && !/^-?\d+\.\d+$/.test(trimmed)) return undefined;
  const normal = /,/.test(trimmed) || /^-?\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** "12.50" → "12,50". */
export function formatDutchAmount(value: unknown): string {
  return typeof value === 'string' ? value.replace('.', ',') : '';
}

/** "12,5" / "1.234,50" / "12" → "12.50" / "1234.50" / "12.00" (the schema's decimal string); undefined when not an amount. */
export function parseDutchAmount(text: string): string | undefined {
  const trimmed = text.trim().replace(/^€\s*/, '').replace(/\s/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(trimmed)) return undefined;
  const [whole, cents = ''] = trimmed.replace(/\./g, '').split(',');
  return `${whole}.${cents.padEnd(2, '0')}`;
}

const VALUE_NAMES: Record<string, string> = {
  ...BEKOSTIGINGSVORM,
  geen: 'Geen',
  budgetplafond: 'Budgetplafond',
  budgetafspraak: 'Budgetafspraak',
  'in-overleg': 'In overleg',
  'deels-toegang': 'Deels de toegang',
  toegang: 'De toegang',
  aanbieder: 'De aanbieder',
  'buiten-bandbreedte': 'Alleen buiten de bandbreedte',
  volledig: 'Volledige realisatie',
  'soort-hulp': 'Soort hulp',
  'regionaal-strategisch': 'Regionale strategische aanbieders',
  'lokaal-basis': 'Lokale basisaanbieders',
  systeem: 'Systeemaanbieders',
  'alleen-aanvullend-of-innovatief': 'Alleen bij aanvullend of innovatief aanbod',
  'niet-toegestaan': 'Niet toegestaan',
  toegestaan: 'Toegestaan',
};

/** The Dutch name of an enum value: a known name, else the value with spaces ("open-house" → "Open house"). */
export function valueName(value: unknown): string {
  const text = String(value);
  const known = VALUE_NAMES[text];
  if (known) return known;
  const spaced = text.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** How a funding form reads inside a sentence: "plekken in plaats van trajecten". */
const IN_SENTENCE: Record<string, string> = {
  traject: 'trajecten',
  plek: 'plekken',
  pxq: 'PxQ',
  resultaat: 'resultaatfinanciering',
  lumpsum: 'lumpsum',
  populatie: 'populatiebekostiging',
  gebied: 'gebiedsbekostiging',
  beschikbaarheid: 'beschikbaarheidsfinanciering',
  'prijs-per-dag': 'prijs per dag',
};

/** A value as it reads in a sentence (lower case; amounts in euro; booleans ja/nee). */
export function valueInSentence(value: unknown, key?: string): string {
  if (value === undefined || value === null) return 'niets';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return `${formatDutchNumber(value)}${key?.endsWith('Pct') ? '%' : ''}`;
  if (Array.isArray(value)) return value.length === 0 ? 'geen' : value.map((v) => valueInSentence(v)).join(', ');
  if (typeof value === 'object') return 'andere instellingen';
  if (key && /tarief|kostprijs|bedrag/i.test(key) && /^-?\d+(\.\d{1,2})?$/.test(String(value))) return `€ ${formatDutchAmount(value)}`;
  const text = String(value);
  return IN_SENTENCE[text] ?? valueName(text).toLowerCase();
}
