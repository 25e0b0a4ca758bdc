/** A hand-written SVG bar chart diverging from zero: one bar per provider (gain right, loss left), with a text alternative. */
import { formatEuroNl, parseAmount } from '../../../../engine/src/funding';
import { layoutDivergingBars, type DivergingRow } from './diverging-bars';

const euro = (value: string) => formatEuroNl(parseAmount(value), 0);

export function DivergingBarChart({ title, description, rows }: { title: string; description: string; rows: DivergingRow[] }) {
  const layout = layoutDivergingBars(rows);
  const summary = rows.map((r) => `${r.label}: ${euro(r.value)}`).join('; ');
  return (
    <figure className="chart">
      <figcaption className="chart-caption">{title}</figcaption>
      <svg className="chart-svg diverging-chart" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={`${title}. ${description} ${summary}`}>
        <title>{title}</title>
        <line className="chart-zero" x1={layout.zeroX} x2={layout.zeroX} y1={4} y2={layout.height - 4} />
        {layout.bars.map((bar) => (
          <g key={bar.label} className="diverging-row">
            <text x={layout.labelWidth - 6} y={bar.y + layout.rowHeight / 2 + 4} textAnchor="end">
              {bar.label.length > 30 ? `${bar.label.slice(0, 29)}…` : bar.label}
            </text>
            {bar.width > 0 && (
              <rect
                className={bar.positive ? 'diverging-positive' : 'diverging-negative'}
                x={bar.x}
                y={bar.y + 3}
                width={bar.width}
                height={layout.rowHeight - 6}
              />
            )}
            <text x={bar.positive ? bar.x + bar.width + 4 : bar.x - 4} y={bar.y + layout.rowHeight / 2 + 4} textAnchor={bar.positive ? 'start' : 'end'}>
              {euro(bar.value)}
            </text>
          </g>
        ))}
      </svg>
      <p className="muted">{description}</p>
    </figure>
  );
}
