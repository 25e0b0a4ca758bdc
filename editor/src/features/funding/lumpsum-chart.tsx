/**
 * Lumpsum within a budgetplafond: one stacked bar of the year's spending against the plafond, and one of the overrun
 * (who bears what: municipality and each provider) or the underuse (added to next year per provider, or lapsed).
 * Each bar has its own scale, since the overrun is a small fraction of the spending.
 */
import { useId } from 'react';
import type { LumpsumPlafondInput, LumpsumPlafondResult } from '../../../../engine/src/funding';
import { euroTick } from './chart-format';
import { linearScale, stackSegments } from './chart-geometry';
import { formatEuroText } from './dutch-number';

interface Part {
  label: string;
  /** Exact decimal string from the API. */
  amount: string;
}
interface Bar {
  label: string;
  parts: Part[];
  /** A reference line on this bar's scale (the plafond). */
  reference?: Part;
}

/** The bars of the chart from the API input and result (decimal strings, not recomputed). */
export function lumpsumBars(input: LumpsumPlafondInput, result: LumpsumPlafondResult): Bar[] {
  const bars: Bar[] = [
    {
      label: 'Uitgaven',
      parts: [
        ...Object.entries(input.lumpsums).map(([name, amount]) => ({ label: `Lumpsum ${name}`, amount: String(amount) })),
        { label: 'Overige uitgaven', amount: String(input.overigeUitgaven) },
      ],
      reference: { label: 'Plafond', amount: String(input.plafond) },
    },
  ];
  if (Number(result.overschrijding) > 0)
    bars.push({
      label: 'Overschrijding',
      parts: [
        { label: 'Gemeente draagt', amount: result.gemeenteDeel },
        ...Object.entries(result.terugbetaling).map(([name, amount]) => ({ label: `${name} betaalt terug`, amount })),
      ],
    });
  else if (Number(result.onderbenutting) > 0)
    bars.push({
      label: 'Onderbenutting',
      parts: Object.values(result.toevoegingVolgendJaar).every((a) => Number(a) === 0)
        ? [{ label: 'Vervalt (laatste contractjaar)', amount: result.onderbenutting }]
        : Object.entries(result.toevoegingVolgendJaar).map(([name, amount]) => ({ label: `${name} krijgt er volgend jaar bij`, amount })),
    });
  return bars;
}

const WIDTH = 640;
const LEFT = 130;
const BAR_WIDTH = 480;
const ROW = 70;

export function LumpsumChart({ input, result }: { input: LumpsumPlafondInput; result: LumpsumPlafondResult }) {
  const id = useId();
  const bars = lumpsumBars(input, result);
  const height = bars.length * ROW + 20;
  const description =
    Number(result.overschrijding) > 0
      ? `De uitgaven van ${formatEuroText(result.totaal)} overschrijden het plafond met ${formatEuroText(result.overschrijding)}; de tweede balk toont welk deel de gemeente en welk deel elke aanbieder draagt.`
      : `De uitgaven van ${formatEuroText(result.totaal)} blijven ${formatEuroText(result.onderbenutting)} onder het plafond; de tweede balk toont waar de onderbenutting heen gaat.`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart-svg">
        <title id={`${id}-t`}>Lumpsum en budgetplafond: wie draagt wat</title>
        <desc id={`${id}-d`}>{description}</desc>
        {bars.map((bar, row) => {
          const total = bar.parts.reduce((sum, p) => sum + Number(p.amount), 0);
          const max = Math.max(total, Number(bar.reference?.amount ?? 0));
          const x = linearScale([0, max || 1], [LEFT, LEFT + BAR_WIDTH]);
          const top = 10 + row * ROW;
          return (
            <g key={bar.label} data-testid="lumpsum-bar">
              <text x={LEFT - 8} y={top + 20} textAnchor="end" className="chart-label">
                {bar.label}
              </text>
              {stackSegments(
                bar.parts.map((p) => ({ label: p.label, value: Number(p.amount) })),
                x,
              ).map((s, i) => (
                <rect key={s.label} x={s.x} y={top} width={s.width} height={30} className={`chart-segment chart-segment-${i % 6}`}>
                  <title>{`${s.label}: ${formatEuroText(bar.parts[i].amount)}`}</title>
                </rect>
              ))}
              {bar.reference && (
                <g className="chart-reference">
                  <line x1={x(Number(bar.reference.amount))} x2={x(Number(bar.reference.amount))} y1={top - 6} y2={top + 36} />
                  <text x={x(Number(bar.reference.amount))} y={top + 50} textAnchor="end">
                    {bar.reference.label} {euroTick(Number(bar.reference.amount))}
                  </text>
                </g>
              )}
              {!bar.reference && (
                <text x={LEFT} y={top + 48} className="chart-tick">
                  totaal {formatEuroText(total.toFixed(2))}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <table>
          <caption>Lumpsum en budgetplafond: bedragen per balk</caption>
          <thead>
            <tr>
              <th scope="col">Balk</th>
              <th scope="col">Deel</th>
              <th scope="col" className="num">
                Bedrag
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.flatMap((bar) =>
              [...bar.parts, ...(bar.reference ? [bar.reference] : [])].map((p, i) => (
                <tr key={`${bar.label}-${p.label}`}>
                  <td>{i === 0 ? bar.label : ''}</td>
                  <td>
                    {bar.parts.includes(p) && <span className={`swatch chart-segment-${i % 6}`} aria-hidden="true" />} {p.label}
                  </td>
                  <td className="num">{formatEuroText(p.amount)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
