/** A funding result: the model's Dutch breakdown lines and every result field, amounts as "€ 1.234,56" from the API's decimal strings. */
import type { FundingResult } from '../../../../engine/src/funding';
import { formatDate } from '../../format';
import { formatDutchDecimal, formatEuroText } from './dutch-number';
import { labelFromKey } from './schema-fields';

/** Result fields that are decimal strings but not money (counts with 2 decimals). */
const NOT_MONEY = new Set(['plekken', 'geholpenClienten', 'fte']);

/** One result value as Dutch text; `key` is the innermost field name. */
export function formatResultValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return `${formatDutchDecimal(value)}${/pct$/i.test(key) ? ' %' : ''}`;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatResultValue(key, v)).join('; ');
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  if (/^-?\d+(\.\d+)?$/.test(text)) return NOT_MONEY.has(key) ? formatDutchDecimal(text) : formatEuroText(text);
  return text;
}

/** Flattens nested result objects into rows ("Terugbetaling › Partner A"). */
export function resultRows(result: Record<string, unknown>, prefix: string[] = []): { label: string; value: string }[] {
  return Object.entries(result)
    .filter(([key]) => key !== 'breakdown')
    .flatMap(([key, value]) => {
      const label = [...prefix, prefix.length === 0 ? labelFromKey(key) : key];
      if (value && typeof value === 'object' && !Array.isArray(value)) return resultRows(value as Record<string, unknown>, label);
      return [{ label: label.join(' › '), value: formatResultValue(key, value) }];
    });
}

export function FundingResultView({ result }: { result: FundingResult }) {
  return (
    <section aria-labelledby="uitkomst-kop" className="funding-result">
      <h2 id="uitkomst-kop">Uitkomst</h2>
      <table className="result-table">
        <caption>Uitkomst van de berekening</caption>
        <thead>
          <tr>
            <th scope="col">Veld</th>
            <th scope="col" className="num">
              Waarde
            </th>
          </tr>
        </thead>
        <tbody>
          {resultRows(result).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Berekening stap voor stap</h3>
      <ol className="breakdown">
        {result.breakdown.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </section>
  );
}
