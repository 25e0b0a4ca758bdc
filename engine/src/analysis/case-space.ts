/**
 * A finite partition of the inputs a set of conditions reads, derived from
 * the case schema and the constants the conditions compare with: enums and
 * booleans by value, numbers and amounts split at each threshold, dates on
 * a grid around every threshold (the registration date and the end of the
 * decision-free period derived from it), lists by length and membership,
 * objects present or absent, and "absent" for every optional value. One
 * representative case per cell; a cell no valid case can realise (schema,
 * or a field under an absent object) is decided as impossible.
 */
import caseSchema from '../../schemas/case.schema.json';
import { toDayNumber } from '../model/dates';
import { isFactRef, type ConditionJson } from '../evaluate/compile/compile-rules';
import { parseFactPath } from '../rules/fact-path';
import { validateAgainstSchema } from '../model/schemas';
import { toPointer, parsePointer, readPointer } from '../json/json-pointer';
import { lastDayOfMonths } from '../facts/facts';
import { dayToIso } from './timeline';

/** An absent value in a cell. */
export const ABSENT = Symbol('afwezig');
/** An object that is present (its fields come from other dimensions or from defaults). */
export const PRESENT = Symbol('aanwezig');
/** An object that is present and not empty (for objects without required fields, where `{}` is empty). */
export const FILLED = Symbol('gevuld');
export type CellValue = unknown;

/** One input dimension: a pointer into the case (or "peildatum") and its finite domain. */
export interface Dimension {
  key: string;
  kind: 'enum' | 'boolean' | 'integer' | 'amount' | 'date' | 'string' | 'array' | 'object' | 'fixed';
  values: CellValue[];
  /** For FILLED: the content that makes the object non-empty. */
  filled?: Record<string, unknown>;
}

type SchemaNode = Record<string, unknown>;
const DEFS = (caseSchema as { $defs: Record<string, SchemaNode> }).$defs;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let i = 0; i < 10 && current && typeof current.$ref === 'string'; i++) {
    const ref = current.$ref as string;
    const { $ref: _ref, ...rest } = current;
    const target = DEFS[ref.replace('#/$defs/', '')];
    current = { ...target, ...rest };
  }
  return current;
}

/** The object-typed branch of a node (for walking into oneOf date|null and the like). */
function branches(node: SchemaNode | undefined): SchemaNode[] {
  const resolved = resolve(node);
  if (!resolved) return [];
  const alternatives = (resolved.oneOf ?? resolved.anyOf) as SchemaNode[] | undefined;
  return alternatives ? alternatives.map((b) => resolve(b) as SchemaNode) : [resolved];
}

/** The schema node at a pointer into the case. */
export function schemaAt(pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = caseSchema as unknown as SchemaNode;
  for (const token of parsePointer(pointer)) {
    const candidates = branches(node);
    let next: SchemaNode | undefined;
    for (const c of candidates) {
      const props = c.properties as Record<string, SchemaNode> | undefined;
      if (props && props[token]) next = props[token];
      else if (c.items && /^\d+$/.test(token)) next = c.items as SchemaNode;
      else if (c.additionalProperties && typeof c.additionalProperties === 'object') next = c.additionalProperties as SchemaNode;
      if (next) break;
    }
    if (!next) return undefined;
    node = next;
  }
  return resolve(node);
}

function isDateNode(node: SchemaNode): boolean {
  return node.format === 'date';
}

function isAmountNode(node: SchemaNode): boolean {
  return typeof node.pattern === 'string' && node.pattern.includes('\\d{1,2}') && node.type === 'string';
}

/** The default value for a schema node, used to fill required fields no dimension covers. */
export function defaultFor(node: SchemaNode | undefined, anchor: string): unknown {
  const all = branches(node);
  const n = all[0];
  if (!n) return 'fictief';
  if (Array.isArray(n.enum)) return n.enum[0];
  if (isDateNode(n)) return anchor;
  if (isAmountNode(n)) return '10.00';
  const type = Array.isArray(n.type) ? n.type[0] : n.type;
  if (type === 'integer' || type === 'number') return typeof n.minimum === 'number' ? n.minimum : 0;
  if (type === 'boolean') return false;
  if (type === 'array') return [];
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of (n.required as string[] | undefined) ?? []) out[key] = defaultFor((n.properties as Record<string, SchemaNode>)[key], anchor);
    return out;
  }
  if (type === 'null') return null;
  return 'fictief';
}

/** A leaf condition. */
export type Leaf = ConditionJson & { fact: string; operator: string };

/** Every leaf of a condition tree. */
export function leavesOf(condition: ConditionJson): Leaf[] {
  if (condition.all || condition.any) return (condition.all ?? condition.any ?? []).flatMap(leavesOf);
  if (condition.not) return leavesOf(condition.not);
  return condition.fact ? [condition as Leaf] : [];
}

/** The input a side of a leaf reads: a case pointer, "peildatum", "afgeleid:<pointer>", or undefined for constant facts. */
export function inputKey(fact: string, path: string | undefined): string | undefined {
  if (fact === 'casus') return path ? toPointer(parseFactPath(path)) : '';
  if (fact === 'peildatum') return 'peildatum';
  if (fact === 'afgeleid') return `afgeleid:${path ? toPointer(parseFactPath(path)) : ''}`;
  return undefined;
}

function readConstant(constants: Record<string, unknown>, fact: string, path: string | undefined): unknown {
  const raw = constants[fact];
  if (!path) return raw;
  let current = raw;
  for (const key of parseFactPath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Fields of the case a context fixes (not inputs of the analysis). */
const FIXED_FIELDS = new Set(['/id', '/gemeente', '/domein', '/segment', '/perceel']);

export interface SpaceOptions {
  anchor: string;
  /** Weeks of the decision-free period in this context, when the policy has one. */
  weeks?: number;
  /** The policy's maximum indication length in months, when it has one. */
  months?: number;
  /** The facts that are constant in the context (policy, segment, HOE responsibility, municipality). */
  constants: Record<string, unknown>;
}

export interface CaseSpace {
  dimensions: Dimension[];
  size: number;
  /** Why the partition is not known to be exhaustive; undefined when it is. */
  inexact?: string;
}

function addDays(iso: string, days: number): string {
  return dayToIso((toDayNumber(iso) as number) + days);
}

function amountPlus(value: string, cents: number): string {
  const [whole, frac = ''] = value.replace(/^-/, '').split('.');
  const total = (value.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number((frac + '00').slice(0, 2))) + cents;
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Builds the partition for the leaves of one or more conditions in a context. */
export function buildCaseSpace(conditions: readonly ConditionJson[], options: SpaceOptions): CaseSpace {
  const leaves = conditions.flatMap(leavesOf);
  const compared = new Map<string, { op: string; value: unknown }[]>();
  const keys = new Set<string>();
  // The derived dates and the case date each is counted from.
  const derivedUsed = new Set<string>();
  let dateConstants = false;
  const note = (key: string, op: string, value: unknown) => {
    if (!compared.has(key)) compared.set(key, []);
    (compared.get(key) as { op: string; value: unknown }[]).push({ op, value });
  };
  for (const leaf of leaves) {
    const left = inputKey(leaf.fact, leaf.path);
    const ref = isFactRef(leaf.value) ? leaf.value : undefined;
    const right = ref ? inputKey(ref.fact, ref.path) : undefined;
    const rightConstant = ref ? (right === undefined ? readConstant(options.constants, ref.fact, ref.path) : undefined) : leaf.value;
    for (const k of [left, right]) {
      if (k === undefined) continue;
      if (k.startsWith('afgeleid:')) derivedUsed.add(k.slice('afgeleid:'.length));
      else keys.add(k);
    }
    if (left !== undefined && (!ref || right === undefined)) note(left, leaf.operator, rightConstant);
    if (right !== undefined && left === undefined) note(right, leaf.operator, readConstant(options.constants, leaf.fact, leaf.path));
  }
  const usesDerived = derivedUsed.size > 0;
  const anchors = new Set<string>();
  // Date thresholds: the anchor (the case date a derived date counts from), each derived date, constant dates.
  const thresholds = new Set<string>([options.anchor]);
  if (derivedUsed.has('/beschikkingsvrijeTermijnEinde')) {
    anchors.add('/melding/datum');
    if (typeof options.weeks === 'number') thresholds.add(addDays(options.anchor, options.weeks * 7));
  }
  if (derivedUsed.has('/indicatieUiterlijkTot')) {
    anchors.add('/besluit/indicatie/van');
    const end = typeof options.months === 'number' ? lastDayOfMonths(options.anchor, options.months) : undefined;
    if (end) thresholds.add(end);
  }
  for (const anchor of anchors) keys.add(anchor);
  for (const [key, list] of compared) {
    const node = key === 'peildatum' ? { format: 'date' } : schemaAt(key);
    if (!node || !branches(node).some(isDateNode)) continue;
    for (const { value } of list)
      if (typeof value === 'string' && toDayNumber(value) !== undefined) {
        thresholds.add(value);
        dateConstants = true;
      }
  }
  const grid = [...new Set([...thresholds].flatMap((t) => [addDays(t, -1), t, addDays(t, 1)]))].sort();
  const dimensions: Dimension[] = [];
  const sortedKeys = [...keys].filter((k) => !FIXED_FIELDS.has(k)).sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  for (const key of sortedKeys) {
    const constantsHere = (compared.get(key) ?? []).flatMap(({ value }) => (Array.isArray(value) ? value : [value])).filter((v) => v !== undefined);
    if (key === 'peildatum') {
      dimensions.push({ key, kind: 'date', values: grid });
      continue;
    }
    const node = schemaAt(key);
    if (!node) {
      dimensions.push({ key, kind: 'fixed', values: [ABSENT] });
      continue;
    }
    const alts = branches(node);
    const nullable = alts.some((b) => b.type === 'null');
    const main = alts.find((b) => b.type !== 'null') ?? alts[0];
    const type = Array.isArray(main.type) ? main.type : [main.type];
    const tail: CellValue[] = [...(nullable ? [null] : []), ABSENT];
    if (Array.isArray(main.enum)) dimensions.push({ key, kind: 'enum', values: [...main.enum, ...tail] });
    else if (isDateNode(main)) {
      // The registration date is the anchor itself; every other date ranges over the grid.
      dimensions.push({ key, kind: 'date', values: [...(anchors.has(key) && !dateConstants ? [options.anchor] : grid), ...tail] });
    } else if (isAmountNode(main)) {
      const amounts = constantsHere.filter((c): c is string | number => typeof c === 'string' || typeof c === 'number').map((c) => amountPlus(String(c), 0));
      const values = amounts.length > 0 ? [...new Set(amounts.flatMap((a) => [amountPlus(a, -1), a, amountPlus(a, 1)]))] : ['10.00'];
      dimensions.push({ key, kind: 'amount', values: [...values, ...tail] });
    } else if (type.includes('boolean')) dimensions.push({ key, kind: 'boolean', values: [true, false, ...tail] });
    else if (type.includes('integer') && !type.includes('string')) {
      const min = typeof main.minimum === 'number' ? main.minimum : 0;
      const max = typeof main.maximum === 'number' ? main.maximum : Number.MAX_SAFE_INTEGER;
      const numbers = constantsHere.filter((c): c is number => typeof c === 'number');
      const values = [...new Set([min, ...numbers.flatMap((n) => [Math.floor(n) - 1, Math.floor(n), Math.floor(n) + 1, Math.ceil(n)])])]
        .filter((n) => n >= min && n <= max)
        .sort((a, b) => a - b);
      dimensions.push({ key, kind: 'integer', values: [...values, ...tail] });
    } else if (type.includes('array')) {
      const items = resolve(main.items as SchemaNode) ?? {};
      const item = (i: number) => (Array.isArray(items.enum) ? items.enum[i % items.enum.length] : `fictief-${i + 1}`);
      const counts = constantsHere.filter((c): c is number => typeof c === 'number');
      const lengths = [...new Set([0, 1, ...counts.flatMap((n) => [n, n + 1])])].filter((n) => n >= 0 && n <= 50).sort((a, b) => a - b);
      const values: CellValue[] = lengths.map((n) => Array.from({ length: n }, (_, i) => item(i)));
      for (const member of constantsHere.filter((c) => typeof c !== 'number' && typeof c !== 'object')) values.push([member]);
      dimensions.push({ key, kind: 'array', values: [...values, ...tail] });
    } else if (type.includes('object')) {
      const props = Object.entries((main.properties as Record<string, SchemaNode> | undefined) ?? {});
      const required = (main.required as string[] | undefined) ?? [];
      // Without required fields `{}` is a valid, empty object: one cell empty, one cell with a field.
      if (required.length === 0 && props.length > 0)
        dimensions.push({ key, kind: 'object', values: [PRESENT, FILLED, ...tail], filled: { [props[0][0]]: defaultFor(props[0][1], options.anchor) } });
      else dimensions.push({ key, kind: 'object', values: [PRESENT, ...tail] });
    } else {
      const literal = constantsHere.filter((c) => typeof c === 'string' || typeof c === 'number');
      // A value that may be a number (a HOE element's waarde) is split at each numeric threshold too.
      if (type.includes('number') || type.includes('integer'))
        for (const n of literal.filter((c): c is number => typeof c === 'number')) literal.push(n - 1, n + 1);
      const base = [...(typeof main.minLength === 'number' && main.minLength > 0 ? [] : ['']), 'fictief', ...literal];
      dimensions.push({ key, kind: 'string', values: [...new Set(base), ...tail] });
    }
  }
  const size = dimensions.reduce((n, d) => n * d.values.length, 1);
  const freeDates = dimensions.filter((d) => d.kind === 'date' && !anchors.has(d.key)).length;
  const datePairs = leaves.some((l) => {
    const ref = isFactRef(l.value) ? l.value : undefined;
    const a = inputKey(l.fact, l.path);
    const b = ref ? inputKey(ref.fact, ref.path) : undefined;
    return a && b && !a.startsWith('afgeleid:') && !b.startsWith('afgeleid:') && !anchors.has(a) && !anchors.has(b);
  });
  const inexact =
    anchors.size > 1
      ? 'datums afgeleid uit twee verschillende casusdatums'
      : dateConstants && usesDerived
        ? 'vaste datums naast datums die uit een casusdatum zijn afgeleid'
        : datePairs && freeDates > 2
          ? 'meer dan twee vrije datums die onderling vergeleken worden'
          : undefined;
  return { dimensions, size, ...(inexact ? { inexact } : {}) };
}

function setAt(target: Record<string, unknown>, tokens: string[], value: unknown): boolean {
  let current: Record<string, unknown> = target;
  for (let i = 0; i < tokens.length - 1; i++) {
    const next = current[tokens[i]];
    if (next === undefined) current[tokens[i]] = {};
    else if (next === null || typeof next !== 'object' || Array.isArray(next)) return false;
    current = current[tokens[i]] as Record<string, unknown>;
  }
  const last = tokens[tokens.length - 1];
  if (value === PRESENT) {
    if (current[last] === undefined) current[last] = {};
  } else current[last] = Array.isArray(value) ? [...value] : value;
  return true;
}

function fillRequired(value: unknown, pointer: string, dims: Set<string>, anchor: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const node = branches(schemaAt(pointer)).find((b) => b.type === 'object' || b.properties);
  if (!node) return;
  const record = value as Record<string, unknown>;
  for (const key of (node.required as string[] | undefined) ?? []) {
    const child = `${pointer}/${key}`;
    if (record[key] === undefined && !dims.has(child)) record[key] = defaultFor((node.properties as Record<string, SchemaNode>)[key], anchor);
  }
  for (const [key, child] of Object.entries(record)) fillRequired(child, `${pointer}/${key}`, dims, anchor);
}

function sameValue(actual: unknown, wanted: CellValue): boolean {
  if (wanted === ABSENT) return actual === undefined;
  if (wanted === PRESENT) return actual !== null && typeof actual === 'object' && !Array.isArray(actual);
  if (wanted === FILLED) return actual !== null && typeof actual === 'object' && !Array.isArray(actual) && Object.keys(actual).length > 0;
  return JSON.stringify(actual) === JSON.stringify(wanted);
}

/** The case (and as-of date) of one cell, or undefined when no valid case realises it. */
export function realiseCell(
  base: Record<string, unknown>,
  dimensions: readonly Dimension[],
  values: readonly CellValue[],
  anchor: string,
): { caseData: Record<string, unknown>; asOf: string } | undefined {
  const caseData = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  let asOf = anchor;
  const dims = new Set(dimensions.map((d) => d.key));
  for (let i = 0; i < dimensions.length; i++) {
    const { key } = dimensions[i];
    const value = values[i];
    if (key === 'peildatum') {
      asOf = value as string;
      continue;
    }
    if (value === ABSENT) continue;
    if (!setAt(caseData, parsePointer(key), value === FILLED ? PRESENT : value)) return undefined;
    if (value === FILLED) {
      const target = readPointer(caseData, key) as Record<string, unknown>;
      for (const [k, v] of Object.entries(dimensions[i].filled ?? {}))
        if (target[k] === undefined && !dims.has(`${key}/${k}`)) target[k] = JSON.parse(JSON.stringify(v));
    }
  }
  if (!dims.has('/datum')) caseData.datum = asOf;
  fillRequired(caseData, '', dims, anchor);
  for (let i = 0; i < dimensions.length; i++) {
    const { key } = dimensions[i];
    if (key !== 'peildatum' && !sameValue(readPointer(caseData, key), values[i])) return undefined;
  }
  if (validateAgainstSchema('case.schema.json', caseData).length > 0) return undefined;
  return { caseData, asOf };
}

/** Calls `visit` with every cell of the space (odometer order); stops early when it returns false. */
export function forEachCell(dimensions: readonly Dimension[], visit: (values: CellValue[]) => boolean | void): void {
  const n = dimensions.length;
  const index = new Array<number>(n).fill(0);
  const values = dimensions.map((d) => d.values[0]);
  if (dimensions.some((d) => d.values.length === 0)) return;
  for (;;) {
    if (visit(values) === false) return;
    let i = n - 1;
    while (i >= 0) {
      index[i]++;
      if (index[i] < dimensions[i].values.length) {
        values[i] = dimensions[i].values[index[i]];
        break;
      }
      index[i] = 0;
      values[i] = dimensions[i].values[0];
      i--;
    }
    if (i < 0) return;
  }
}
