/** A hand-written, accessible SVG line chart: <title>/<desc>, axes with ticks, an optional shaded band, marked points, and a data table. */
import { useId } from 'react';
import type { Mark, Point } from './chart-series';
import { bandRect, extent, linePath, linearScale, niceTicks, type PlotArea } from './chart-geometry';

export interface LineChartProps {
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  points: Point[];
  marks: Mark[];
  /** Shaded x-range (e.g. the bandbreedte) with its legend text. */
  band?: { center: number; halfWidth: number; label: string };
  /** Rows of the data table besides the marks (a sample of the curve). */
  tableSample?: number;
}

const WIDTH = 640;
const HEIGHT = 320;
export const PLOT: PlotArea = { left: 96, top: 16, width: 500, height: 240 };

export function LineChart({ title, description, xLabel, yLabel, formatX, formatY, points, marks, band, tableSample = 9 }: LineChartProps) {
  const id = useId();
  const xDomain = extent(
    points.map((p) => p.x),
    [],
    0,
  );
  const yDomain = extent(
    points.map((p) => p.y),
    [0, ...marks.map((m) => m.y)],
    0.08,
  );
  const x = linearScale(xDomain, [PLOT.left, PLOT.left + PLOT.width]);
  const y = linearScale(yDomain, [PLOT.top + PLOT.height, PLOT.top]);
  const band_ = band ? bandRect(band.center, band.halfWidth, x, PLOT) : undefined;
  const every = Math.max(1, Math.floor(points.length / tableSample));
  const sample = points.filter((_, i) => i % every === 0);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {band_ && band_.width > 0 && <rect className="chart-band" data-testid="chart-band" {...band_} />}
        {niceTicks(yDomain[0], yDomain[1]).map((t) => (
          <g key={`y${t}`} className="chart-tick">
            <line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={y(t)} y2={y(t)} className={t === 0 ? 'chart-zero' : 'chart-grid'} />
            <text x={PLOT.left - 6} y={y(t) + 4} textAnchor="end">
              {formatY(t)}
            </text>
          </g>
        ))}
        {niceTicks(xDomain[0], xDomain[1], 6).map((t) => (
          <g key={`x${t}`} className="chart-tick">
            <line x1={x(t)} x2={x(t)} y1={PLOT.top + PLOT.height} y2={PLOT.top + PLOT.height + 5} className="chart-axis" />
            <text x={x(t)} y={PLOT.top + PLOT.height + 18} textAnchor="middle">
              {formatX(t)}
            </text>
          </g>
        ))}
        <line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={PLOT.top + PLOT.height} y2={PLOT.top + PLOT.height} className="chart-axis" />
        <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.top + PLOT.height} className="chart-axis" />
        <path d={linePath(points, x, y)} className="chart-line" fill="none" />
        {marks.map((m, i) => (
          <g key={`${m.label}${i}`} className={`chart-mark chart-mark-${i}`} data-testid="chart-mark">
            <circle cx={x(m.x)} cy={y(m.y)} r={5} />
            <text x={x(m.x) + 8} y={y(m.y) - 8}>
              {formatY(m.y)}
            </text>
          </g>
        ))}
        <text x={PLOT.left + PLOT.width / 2} y={HEIGHT - 8} textAnchor="middle" className="chart-label">
          {xLabel}
        </text>
        <text x={14} y={PLOT.top + PLOT.height / 2} textAnchor="middle" transform={`rotate(-90 14 ${PLOT.top + PLOT.height / 2})`} className="chart-label">
          {yLabel}
        </text>
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {band && <li className="legend-band">{band.label}</li>}
          {marks.map((m, i) => (
            <li key={`${m.label}${i}`} className={`legend-mark legend-mark-${i}`}>
              {m.label}: {formatX(m.x)} → {formatY(m.y)}
            </li>
          ))}
        </ul>
        <details>
          <summary>Gegevens als tabel</summary>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                <th scope="col">{yLabel}</th>
                <th scope="col">Punt</th>
              </tr>
            </thead>
            <tbody>
              {[...marks, ...sample.map((p) => ({ ...p, label: '' }))]
                .sort((a, b) => a.x - b.x)
                .map((p, i) => (
                  <tr key={i}>
                    <td>{formatX(p.x)}</td>
                    <td>{formatY(p.y)}</td>
                    <td>{p.label}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
