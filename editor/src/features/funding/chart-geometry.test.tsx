// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { calculateLumpsumPlafond } from '../../../../engine/src/funding';
import { bandRect, linearScale, niceTicks, stackSegments } from './chart-geometry';
import { clientsSeries, settlementSeries } from './chart-series';
import { LumpsumChart, lumpsumBars } from './lumpsum-chart';
import { SettlementChart } from './settlement-chart';

afterEach(cleanup);

const area = { left: 100, top: 10, width: 400, height: 200 };

describe('chart geometry', () => {
  it('shades the band from budget − marge to budget + marge, clamped to the plot', () => {
    const x = linearScale([80_000, 120_000], [100, 500]);
    expect(bandRect(100_000, 5_000, x, area)).toEqual({ x: 250, y: 10, width: 100, height: 200 });
    expect(bandRect(100_000, 50_000, x, area)).toEqual({ x: 100, y: 10, width: 400, height: 200 });
    expect(bandRect(100_000, 0, x, area).width).toBe(0);
  });

  it('stacks segments end to end and picks round ticks', () => {
    const x = linearScale([0, 100], [0, 200]);
    expect(
      stackSegments(
        [
          { label: 'a', value: 30 },
          { label: 'b', value: 70 },
        ],
        x,
      ),
    ).toEqual([
      { label: 'a', value: 30, x: 0, width: 60 },
      { label: 'b', value: 70, x: 60, width: 140 },
    ]);
    expect(niceTicks(80_000, 120_000)).toEqual([80_000, 90_000, 100_000, 110_000, 120_000]);
    expect(niceTicks(-3.5, 2.2, 5)).toEqual([-2, 0, 2]);
  });

  it('computes the settlement curve with the engine: zero inside the band, a jump at its edge (regime volledig)', () => {
    const series = settlementSeries({ budget: '100000.00', realisatie: '103000.00', bandbreedtePct: 5 });
    expect(series.marge).toBe(5000);
    expect(series.current).toEqual({ x: 103_000, y: 0, label: 'huidige invoer' });
    const at = (x: number) => series.points.find((p) => p.x === x)?.y;
    expect(at(105_000)).toBe(0);
    expect(at(105_000.01)).toBe(5000.01);
    expect(at(94_999.99)).toBe(-5000.01);
    expect(series.points[0].x).toBe(80_000);
    expect(series.points.at(-1)?.x).toBe(120_000);
  });

  it('computes clients helped against duration: the seed’s 3 trajectories → 3,5 or 2,5 clients', () => {
    const { marks } = clientsSeries({
      trajecten: 3,
      trajectprijs: '7000.00',
      doorlooptijdMaanden: 7,
      bezettePlekMaanden: 21,
      werkelijkeDoorlooptijdMaanden: 6,
    });
    expect(marks.map((m) => [m.label, m.x, m.y])).toEqual([
      ['afgesproken doorlooptijd', 7, 3],
      ['snellere uitstroom', 6, 3.5],
      ['langere doorlooptijd', 8.4, 2.5],
      ['huidige invoer', 6, 3.5],
    ]);
  });
});

describe('chart components', () => {
  it('draws the band of a budgetafspraak where the inputs put it, with title, description and a data table', () => {
    render(<SettlementChart input={{ budget: '100000.00', realisatie: '103000.00', bandbreedtePct: 5 }} />);
    const band = screen.getByTestId('chart-band');
    // Domain 80.000–120.000 on a plot 500 px wide from x = 96: 95.000 → 283.5, width 10.000 → 125.
    expect(Number(band.getAttribute('x'))).toBe(283.5);
    expect(Number(band.getAttribute('width'))).toBe(125);
    expect(screen.getByRole('img', { name: /Afrekening tegen realisatie/ })).toBeTruthy();
    expect(screen.getByText(/geen afrekening bij een realisatie van € 95\.000 tot € 105\.000/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /Afrekening tegen realisatie/ })).toBeTruthy();
  });

  it('splits a lumpsum overrun into what the municipality and each provider bear', () => {
    const input = { plafond: '11881356', lumpsums: { 'Partner A': '6000000', 'Partner B': '4000000' }, overigeUitgaven: '2100000', aanbiederAandeelPct: 70 };
    const result = calculateLumpsumPlafond(input);
    const bars = lumpsumBars(input, result);
    expect(bars[1].label).toBe('Overschrijding');
    expect(bars[1].parts).toEqual([
      { label: 'Gemeente draagt', amount: '65593.20', party: 'gemeente' },
      { label: 'Partner A betaalt terug', amount: '91830.48', party: 'aanbieder:Partner A' },
      { label: 'Partner B betaalt terug', amount: '61220.32', party: 'aanbieder:Partner B' },
    ]);
    render(<LumpsumChart input={input} result={result} />);
    expect(screen.getAllByTestId('lumpsum-bar')).toHaveLength(2);
    // One scale: a euro is as wide in the overrun bar as in the spending bar.
    const [spending, overrun] = screen.getAllByTestId('lumpsum-bar').map((bar) => Array.from(bar.querySelectorAll('rect')));
    const perEuro = (rect: Element, amount: string) => Number(rect.getAttribute('width')) / Number(amount);
    expect(perEuro(overrun[1], '91830.48')).toBeCloseTo(perEuro(spending[0], '6000000'), 6);
    // One meaning per colour: Partner A's lumpsum and Partner A's repayment share a colour, the municipality has its own.
    expect(overrun[1].getAttribute('class')).toBe(spending[0].getAttribute('class'));
    expect(overrun[2].getAttribute('class')).toBe(spending[1].getAttribute('class'));
    expect(new Set([spending[0], spending[1], spending[2], overrun[0]].map((r) => r.getAttribute('class'))).size).toBe(4);
    expect(screen.getByRole('cell', { name: '€ 65.593,20' })).toBeTruthy();
  });
});
