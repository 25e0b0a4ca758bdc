import { describe, expect, it } from 'vitest';
import { layoutDivergingBars } from './diverging-bars';

describe('layoutDivergingBars', () => {
  it('puts positive bars right of zero, negative left, scaled to the largest absolute value', () => {
    const layout = layoutDivergingBars(
      [
        { label: 'a', value: '100.00' },
        { label: 'b', value: '-50.00' },
        { label: 'c', value: '0.00' },
      ],
      { width: 640, labelWidth: 200 },
    );
    const [a, b, c] = layout.bars;
    expect(layout.zeroX).toBe(200 + 90 + 130);
    expect(a).toMatchObject({ x: layout.zeroX, width: 130, positive: true });
    expect(b).toMatchObject({ x: layout.zeroX - 65, width: 65, positive: false });
    expect(c.width).toBe(0);
    expect(layout.height).toBe(16 + 3 * 24);
  });
  it('draws nothing when every value is zero', () => {
    expect(layoutDivergingBars([{ label: 'a', value: '0' }]).bars[0].width).toBe(0);
  });
});
