/**
 * The points of the curve charts, each computed by the engine's own model function in the browser (the same code the
 * API runs, decimal.js throughout), for inputs the form already validated. Only the plotted coordinates become numbers.
 */
import { calculateBudgetafspraak, type BudgetafspraakInput } from '../../../../engine/src/funding';
import { Money } from '../../../../engine/src/funding';
import { calculatePlekken, type PlekkenInput } from '../../../../engine/src/funding';

export interface Point {
  x: number;
  y: number;
}

/** A labelled point to mark on a curve. */
export interface Mark extends Point {
  label: string;
}

export interface SettlementSeries {
  points: Point[];
  budget: number;
  marge: number;
  current: Mark;
}

/** Settlement (afrekening) against realisation around the budget, with the band edges sampled exactly and one cent beyond. */
export function settlementSeries(input: BudgetafspraakInput, steps = 80): SettlementSeries {
  const budget = new Money(input.budget);
  const marge = budget.times(input.bandbreedtePct ?? 0).div(100);
  const realisatie = new Money(input.realisatie);
  const span = Money.max(marge.times(3), budget.times('0.2'), realisatie.minus(budget).abs().times('1.3'), 1);
  const lo = Money.max(0, budget.minus(span));
  const hi = budget.plus(span);
  const xs = Array.from({ length: steps + 1 }, (_, i) => lo.plus(hi.minus(lo).times(i).div(steps)));
  const edges = [budget.minus(marge), budget.plus(marge)].filter((e) => e.gte(lo));
  for (const edge of edges) xs.push(edge, edge.minus('0.01'), edge.plus('0.01'));
  xs.push(realisatie);
  const unique = [...new Map(xs.filter((x) => x.gte(0)).map((x) => [x.toFixed(2), x])).values()].sort((a, b) => a.comparedTo(b));
  const settle = (x: InstanceType<typeof Money>) => Number(calculateBudgetafspraak({ ...input, realisatie: x.toFixed(2) }).afrekening);
  return {
    points: unique.map((x) => ({ x: x.toNumber(), y: settle(x) })),
    budget: budget.toNumber(),
    marge: marge.toNumber(),
    current: { x: realisatie.toNumber(), y: settle(realisatie), label: 'huidige invoer' },
  };
}

export interface ClientsSeries {
  points: Point[];
  marks: Mark[];
}

/** Clients helped against the actual average duration, for the same occupied place-months (same budget). */
export function clientsSeries(input: PlekkenInput, steps = 60): ClientsSeries {
  const agreed = new Money(input.doorlooptijdMaanden);
  const occupied = input.bezettePlekMaanden !== undefined ? new Money(input.bezettePlekMaanden) : new Money(input.trajecten).times(agreed);
  const trajecten = new Money(input.trajecten);
  const helped = (months: InstanceType<typeof Money>) =>
    Number(calculatePlekken({ ...input, werkelijkeDoorlooptijdMaanden: months.toNumber() }).geholpenClienten);
  const marks: Mark[] = [{ x: agreed.toNumber(), y: helped(agreed), label: 'afgesproken doorlooptijd' }];
  // Half a client more (faster outflow) and half a client fewer (longer durations): the seed's 3 → 3,5 / 2,5.
  for (const delta of ['0.5', '-0.5']) {
    const clients = trajecten.plus(delta);
    if (clients.gt(0) && occupied.gt(0)) {
      const months = occupied.div(clients);
      marks.push({ x: months.toNumber(), y: helped(months), label: delta.startsWith('-') ? 'langere doorlooptijd' : 'snellere uitstroom' });
    }
  }
  if (input.werkelijkeDoorlooptijdMaanden !== undefined) {
    const actual = new Money(input.werkelijkeDoorlooptijdMaanden);
    marks.push({ x: actual.toNumber(), y: helped(actual), label: 'huidige invoer' });
  }
  const markMax = Money.max(...marks.map((m) => new Money(m.x)));
  const lo = agreed.div(2);
  const hi = Money.max(agreed.times(2), markMax.times('1.1'));
  const points = Array.from({ length: steps + 1 }, (_, i) => lo.plus(hi.minus(lo).times(i).div(steps))).map((m) => ({ x: m.toNumber(), y: helped(m) }));
  return { points, marks };
}
