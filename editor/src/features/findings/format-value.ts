/** Values from an explanation in readable Dutch: absent facts say so instead of printing "undefined". */

/** "ontbreekt" for undefined, "leeg" for null, ja/nee for booleans, quoted text, lists joined with commas. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'ontbreekt';
  if (value === null) return 'leeg';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value)) return value.length === 0 ? 'lege lijst' : value.map(formatValue).join(', ');
  return JSON.stringify(value);
}
