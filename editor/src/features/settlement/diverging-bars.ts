/** Geometry of a diverging bar chart: one bar per row from a zero line, right for positive, left for negative; exact amounts stay strings. */
import { parseAmount } from '../../../../engine/src/funding';

export interface DivergingRow {
  label: string;
  /** Decimal string, e.g. "-15126.83". */
  value: string;
}

export interface DivergingBar extends DivergingRow {
  x: number;
  y: number;
  width: number;
  positive: boolean;
}

export interface DivergingLayout {
  width: number;
  height: number;
  zeroX: number;
  bars: DivergingBar[];
  rowHeight: number;
  labelWidth: number;
}

/** Lays out `rows` so that the largest absolute value spans half of the plot area on its side; a zero value has no bar. */
export function layoutDivergingBars(rows: readonly DivergingRow[], options: { width?: number; labelWidth?: number; rowHeight?: number } = {}): DivergingLayout {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 200;
  const rowHeight = options.rowHeight ?? 24;
  const valueRoom = 90;
  const plot = width - labelWidth - 2 * valueRoom;
  const zeroX = labelWidth + valueRoom + plot / 2;
  const max = rows.reduce((m, r) => {
    const a = parseAmount(r.value).abs();
    return a.gt(m) ? a : m;
  }, parseAmount(0));
  const bars = rows.map((row, i) => {
    const value = parseAmount(row.value);
    const length = max.isZero()
      ? 0
      : value
          .abs()
          .div(max)
          .times(plot / 2)
          .toNumber();
    const positive = value.gt(0);
    return { ...row, x: positive ? zeroX : zeroX - length, y: 8 + i * rowHeight, width: length, positive };
  });
  return { width, height: 16 + rows.length * rowHeight, zeroX, bars, rowHeight, labelWidth };
}
