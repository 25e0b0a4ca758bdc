/**
 * Geometry of the hand-written SVG charts: linear scales, tick values, the shaded band and stacked bar segments.
 * Plot coordinates are display numbers; the amounts themselves stay decimal strings (the engine computes them).
 */

/** The plot area inside the SVG, in pixels. */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A linear map from data values to pixels. */
export interface LinearScale {
  (value: number): number;
  domain: [number, number];
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps everything to the middle of the range. */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = domain;
  return scale;
}

/** Round tick values (1, 2 or 5 × 10^n apart) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** The [min, max] of the values, widened to include `include` (e.g. zero) and padded by `padFraction` of the span. */
export function extent(values: number[], include: number[] = [], padFraction = 0.05): [number, number] {
  const all = [...values, ...include];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) [min, max] = [min - 1, max + 1];
  const pad = (max - min) * padFraction;
  return [min - pad, max + pad];
}

/** An SVG rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The band where no money moves: x from budget − marge to budget + marge, the full plot height. */
export function bandRect(budget: number, marge: number, x: LinearScale, area: PlotArea): Rect {
  const x0 = clamp(x(budget - marge), area.left, area.left + area.width);
  const x1 = clamp(x(budget + marge), area.left, area.left + area.width);
  return { x: x0, y: area.top, width: Math.max(0, x1 - x0), height: area.height };
}

/** An SVG path through the points, in order ("M x y L x y …"). */
export function linePath(points: { x: number; y: number }[], x: LinearScale, y: LinearScale): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(p.x))} ${round(y(p.y))}`).join(' ');
}

/** One segment of a stacked horizontal bar. */
export interface BarSegment {
  label: string;
  value: number;
  x: number;
  width: number;
}

/** Lays values end to end from zero along `x`; negative values are not stacked (width 0). */
export function stackSegments(parts: { label: string; value: number }[], x: LinearScale): BarSegment[] {
  let start = 0;
  return parts.map(({ label, value }) => {
    const end = start + Math.max(0, value);
    const segment = { label, value, x: x(start), width: x(end) - x(start) };
    start = end;
    return segment;
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
