/**
 * The operators rules may use, beyond json-rules-engine's own: emptiness,
 * real date comparison (json-rules-engine compares date strings as text or
 * numbers) and exact decimal comparison for amounts. One table serves the
 * reference engine, the validator and the editor's completion.
 */
import Decimal from 'decimal.js';
import { toDayNumber } from '../model/dates';

/** An operator definition. */
export interface OperatorDefinition {
  name: string;
  /** Dutch one-liner for the editor and docs. */
  description: string;
  /**
   * True when an absent fact value is a meaningful input (e.g. isLeeg):
   * then a missing fact does not leave the condition undecided.
   */
  acceptsAbsent: boolean;
  evaluate: (factValue: unknown, value: unknown) => boolean;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function toDecimal(value: unknown): Decimal | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return new Decimal(value.trim());
  return undefined;
}

function compareDates(test: (a: number, b: number) => boolean) {
  return (factValue: unknown, value: unknown): boolean => {
    const a = toDayNumber(factValue);
    const b = toDayNumber(value);
    return a !== undefined && b !== undefined && test(a, b);
  };
}

function compareAmounts(test: (comparison: number) => boolean) {
  return (factValue: unknown, value: unknown): boolean => {
    const a = toDecimal(factValue);
    const b = toDecimal(value);
    return a !== undefined && b !== undefined && test(a.comparedTo(b));
  };
}

/** Operators json-rules-engine already has; listed so the validator and editor know them. */
export const BUILT_IN_OPERATORS: readonly OperatorDefinition[] = [
  { name: 'equal', description: 'is gelijk aan', acceptsAbsent: false, evaluate: (a, b) => a === b },
  { name: 'notEqual', description: 'is niet gelijk aan', acceptsAbsent: false, evaluate: (a, b) => a !== b },
  { name: 'in', description: 'komt voor in de lijst', acceptsAbsent: false, evaluate: (a, b) => Array.isArray(b) && b.includes(a) },
  { name: 'notIn', description: 'komt niet voor in de lijst', acceptsAbsent: false, evaluate: (a, b) => Array.isArray(b) && !b.includes(a) },
  { name: 'contains', description: 'lijst bevat', acceptsAbsent: false, evaluate: (a, b) => Array.isArray(a) && a.includes(b) },
  { name: 'doesNotContain', description: 'lijst bevat niet', acceptsAbsent: false, evaluate: (a, b) => Array.isArray(a) && !a.includes(b) },
  { name: 'lessThan', description: 'is kleiner dan', acceptsAbsent: false, evaluate: (a, b) => typeof a === 'number' && typeof b === 'number' && a < b },
  {
    name: 'lessThanInclusive',
    description: 'is kleiner dan of gelijk aan',
    acceptsAbsent: false,
    evaluate: (a, b) => typeof a === 'number' && typeof b === 'number' && a <= b,
  },
  { name: 'greaterThan', description: 'is groter dan', acceptsAbsent: false, evaluate: (a, b) => typeof a === 'number' && typeof b === 'number' && a > b },
  {
    name: 'greaterThanInclusive',
    description: 'is groter dan of gelijk aan',
    acceptsAbsent: false,
    evaluate: (a, b) => typeof a === 'number' && typeof b === 'number' && a >= b,
  },
];

/** Sturing's own operators, registered on every engine. */
export const CUSTOM_OPERATORS: readonly OperatorDefinition[] = [
  {
    name: 'isLeeg',
    description: 'is leeg (ontbreekt, null, lege tekst of lege lijst) — waarde true of false',
    acceptsAbsent: true,
    evaluate: (a, b) => isEmpty(a) === b,
  },
  {
    name: 'bestaat',
    description: 'is ingevuld (ook null telt als ingevuld) — waarde true of false',
    acceptsAbsent: true,
    evaluate: (a, b) => (a !== undefined) === b,
  },
  {
    name: 'isNull',
    description: 'is uitdrukkelijk null, bijvoorbeeld een indicatie voor onbepaalde tijd — waarde true of false',
    acceptsAbsent: false,
    evaluate: (a, b) => (a === null) === b,
  },
  {
    name: 'aantalGroterDan',
    description: 'lijst heeft meer elementen dan',
    acceptsAbsent: false,
    evaluate: (a, b) => Array.isArray(a) && typeof b === 'number' && a.length > b,
  },
  { name: 'datumVoor', description: 'datum ligt vóór', acceptsAbsent: false, evaluate: compareDates((a, b) => a < b) },
  { name: 'datumOpOfVoor', description: 'datum ligt op of vóór', acceptsAbsent: false, evaluate: compareDates((a, b) => a <= b) },
  { name: 'datumNa', description: 'datum ligt na', acceptsAbsent: false, evaluate: compareDates((a, b) => a > b) },
  { name: 'datumOpOfNa', description: 'datum ligt op of na', acceptsAbsent: false, evaluate: compareDates((a, b) => a >= b) },
  { name: 'bedragGroterDan', description: 'bedrag (exact decimaal) is groter dan', acceptsAbsent: false, evaluate: compareAmounts((c) => c > 0) },
  {
    name: 'bedragGroterDanOfGelijk',
    description: 'bedrag (exact decimaal) is groter dan of gelijk aan',
    acceptsAbsent: false,
    evaluate: compareAmounts((c) => c >= 0),
  },
  { name: 'bedragKleinerDan', description: 'bedrag (exact decimaal) is kleiner dan', acceptsAbsent: false, evaluate: compareAmounts((c) => c < 0) },
  {
    name: 'bedragKleinerDanOfGelijk',
    description: 'bedrag (exact decimaal) is kleiner dan of gelijk aan',
    acceptsAbsent: false,
    evaluate: compareAmounts((c) => c <= 0),
  },
  { name: 'bedragGelijk', description: 'bedrag (exact decimaal) is gelijk aan', acceptsAbsent: false, evaluate: compareAmounts((c) => c === 0) },
];

const ALL_OPERATORS = new Map<string, OperatorDefinition>([...BUILT_IN_OPERATORS, ...CUSTOM_OPERATORS].map((o) => [o.name, o]));

/** The definition of an operator, or undefined when rules may not use it. */
export function findOperator(name: string): OperatorDefinition | undefined {
  return ALL_OPERATORS.get(name);
}

/** Every operator name rules may use. */
export function operatorNames(): string[] {
  return [...ALL_OPERATORS.keys()];
}
