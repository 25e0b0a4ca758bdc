/** Dutch (nl-NL) formatting of dates, numbers and euros. */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** "2023-05-01" → "1 mei 2023". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

export function formatEuro(amount: string | number): string {
  return euroFormat.format(Number(amount));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
