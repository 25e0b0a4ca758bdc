/**
 * Lumpsum within a budgetplafond: one stacked bar of the year's spending against the plafond, and one of the overrun
 * (who bears what: municipality and each provider) or the underuse (added to next year per provider, or lapsed).
 * All bars share one scale (a euro is as long in every bar), and a colour means one party in every bar: a provider's
 * lumpsum and what that provider repays or receives next year have the same colour; the municipality, other
 * spending and a lapsed underuse each have their own.
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
  /** Who the amount belongs to; decides the colour (one meaning per colour). */
  party: string;
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
        ...Object.entries(input.lumpsums).map(([name, amount]) => ({ label: `Lumpsum ${name}`, amount: String(amount), party: `aanbieder:${name}` })),
        { label: 'Overige uitgaven', amount: String(input.overigeUitgaven), party: 'overig' },
      ],
      reference: { label: 'Plafond', amount: String(input.plafond), party: 'plafond' },
    },
  ];
  if (Number(result.overschrijding) > 0)
    bars.push({
      label: 'Overschrijding',
      parts: [
        { label: 'Gemeente draagt', amount: result.gemeenteDeel, party: 'gemeente' },
        ...Object.entries(result.terugbetaling).map(([name, amount]) => ({ label: `${name} betaalt terug`, amount, party: `aanbieder:${name}` })),
      ],
    });
  else if (Number(result.onderbenutting) > 0)
    bars.push({
      label: 'Onderbenutting',
      parts: Object.values(result.toevoegingVolgendJaar).every((a) => Number(a) === 0)
        ? [{ label: 'Vervalt (laatste contractjaar)', amount: result.onderbenutting, party: 'vervalt' }]
        : Object.entries(result.toevoegingVolgendJaar).map(([name, amount]) => ({
            label: `${name} krijgt er volgend jaar bij`,
            amount,
            party: `aanbieder:${name}`,
          })),
    });
  return bars;
}

/** The colour class of a party: providers in order of the input get chart colours 1–4, the rest a fixed colour of their own. */
export function partyColour(party: string, input: LumpsumPlafondInput): string {
  if (!party.startsWith('aanbieder:')) return `chart-party-${party}`;
  const index = Object.keys(input.lumpsums).indexOf(party.slice('aanbieder:'.length));
  return `chart-segment-${Math.max(0, index) % 4}`;
}

/** The largest amount any bar reaches (its stack or its reference line): the one scale for all bars. */
export function sharedMaximum(bars: Bar[]): number {
  return Math.max(
    1,
    ...bars.map((bar) =>
      Math.max(
        bar.parts.reduce((sum, p) => sum + Number(p.amount), 0),
        Number(bar.reference?.amount ?? 0),
      ),
    ),
  );
}

const WIDTH = 640;
const LEFT = 130;
const BAR_WIDTH = 480;
const ROW = 70;

export function LumpsumChart({ input, result }: { input: LumpsumPlafondInput; result: LumpsumPlafondResult }) {
  const id = useId();
  const bars = lumpsumBars(input, result);
  const x = linearScale([0, sharedMaximum(bars)], [LEFT, LEFT + BAR_WIDTH]);
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
                <rect key={s.label} x={s.x} y={top} width={s.width} height={30} className={`chart-segment ${partyColour(bar.parts[i].party, input)}`}>
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
                  {/* On the shared scale a small overrun is a thin bar; the total says how much it is. */}
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
                    {bar.parts.includes(p) && <span className={`swatch ${partyColour(p.party, input)}`} aria-hidden="true" />} {p.label}
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
