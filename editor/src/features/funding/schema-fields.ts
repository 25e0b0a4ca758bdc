/**
 * A funding model's input schema as form fields: each field knows its Dutch label and description (from the schema),
 * how to fill it from the schema's worked example, and how to turn what was typed into the API's JSON input.
 */
import { formatDutchDecimal, parseDutchDecimal } from './dutch-number';

type SchemaNode = Record<string, unknown>;

interface FieldBase {
  key: string;
  label: string;
  description?: string;
  required: boolean;
}

/** bedrag: Dutch text → decimal string; getal/geheel: Dutch text → JSON number; percentage is a getal with % bounds. */
export interface ScalarField extends FieldBase {
  kind: 'bedrag' | 'getal' | 'geheel' | 'ja-nee' | 'keuze' | 'datum';
  options?: string[];
  defaultValue?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  percentage?: boolean;
}
/** A JSON object keyed by names the user types (lumpsum per aanbieder, inwoners per gemeente). */
export interface NamedField extends FieldBase {
  kind: 'per-naam';
  value: ValueField;
}
export interface ListField extends FieldBase {
  kind: 'lijst';
  item: ValueField;
}
export interface GroupField extends FieldBase {
  kind: 'groep';
  fields: Field[];
}
export type ValueField = ScalarField | GroupField;
export type Field = ScalarField | NamedField | ListField | GroupField;

/** What the form holds: text as typed, booleans, and rows for named and list fields. */
export type Draft = string | boolean | NamedRow[] | Draft[] | { [key: string]: Draft };
export interface NamedRow {
  name: string;
  value: Draft;
}

/** A Dutch problem with one field, named by its label path ("Lumpsum per aanbieder › Partner A"). */
export interface FieldError {
  path: string[];
  message: string;
}

const SPECIAL_WORDS: Record<string, string> = { pct: '(%)', client: 'cliënt', clienten: 'cliënten', fte: 'fte' };

/** "aanbiederAandeelPct" → "Aanbieder aandeel (%)". */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => SPECIAL_WORDS[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
  const defs = (root.$defs ?? {}) as Record<string, SchemaNode>;
  const target = defs[ref.slice('#/$defs/'.length)] ?? {};
  // The property's own description is the more specific one.
  return { ...resolve(root, target), ...node, description: node.description ?? target.description, $ref: undefined, $defName: ref.slice(8) };
}

function fieldOf(root: SchemaNode, key: string, raw: SchemaNode, required: boolean): Field {
  const node = resolve(root, raw);
  const base = { key, label: labelFromKey(key), description: node.description as string | undefined, required };
  if (Array.isArray(node.enum)) return { ...base, kind: 'keuze', options: node.enum.map(String), defaultValue: node.default };
  if (node.type === 'object' && node.properties) return { ...base, kind: 'groep', fields: fieldsOf(root, node) };
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object')
    return { ...base, kind: 'per-naam', value: valueFieldOf(root, key, node.additionalProperties as SchemaNode) };
  if (node.type === 'array') return { ...base, kind: 'lijst', item: valueFieldOf(root, key, node.items as SchemaNode) };
  if (node.type === 'boolean') return { ...base, kind: 'ja-nee', defaultValue: node.default };
  if (node.type === 'string' && node.format === 'date') return { ...base, kind: 'datum' };
  const bounds = {
    defaultValue: node.default,
    minimum: node.minimum as number | undefined,
    exclusiveMinimum: node.exclusiveMinimum as number | undefined,
    maximum: node.maximum as number | undefined,
  };
  if (node.$defName === 'bedrag') return { ...base, kind: 'bedrag', ...bounds };
  if (node.type === 'integer') return { ...base, kind: 'geheel', ...bounds };
  return { ...base, kind: 'getal', percentage: node.$defName === 'percentage', ...bounds };
}

function valueFieldOf(root: SchemaNode, key: string, raw: SchemaNode): ValueField {
  const field = fieldOf(root, key, raw, true);
  if (field.kind === 'per-naam' || field.kind === 'lijst') throw new Error(`geneste lijst in ${key} wordt niet ondersteund`);
  return field;
}

/** The form fields of an object schema, in the schema's order, without the editor-only "$schema". */
export function fieldsOf(root: SchemaNode, node: SchemaNode = root): Field[] {
  const properties = (node.properties ?? {}) as Record<string, SchemaNode>;
  const required = new Set((node.required ?? []) as string[]);
  return Object.entries(properties)
    .filter(([key]) => key !== '$schema')
    .map(([key, property]) => fieldOf(root, key, property, required.has(key)));
}

/** The form text for a JSON value of this field (the worked example's value, or empty). */
export function draftOf(field: Field, value: unknown): Draft {
  switch (field.kind) {
    case 'per-naam':
      return Object.entries((value ?? {}) as Record<string, unknown>).map(([name, v]) => ({ name, value: draftOf(field.value, v) }));
    case 'lijst':
      return ((value ?? []) as unknown[]).map((v) => draftOf(field.item, v));
    case 'groep':
      return Object.fromEntries(field.fields.map((f) => [f.key, draftOf(f, (value as Record<string, unknown> | undefined)?.[f.key])]));
    case 'ja-nee':
      return typeof value === 'boolean' ? value : field.defaultValue === true;
    case 'keuze':
    case 'datum':
      return value === undefined ? '' : String(value);
    default:
      return value === undefined ? '' : formatDutchDecimal(typeof value === 'number' ? value : String(value));
  }
}

/** The draft of a whole form from the schema's first worked example. */
export function exampleDraft(fields: Field[], example: Record<string, unknown> = {}): Record<string, Draft> {
  return Object.fromEntries(fields.map((f) => [f.key, draftOf(f, example[f.key])]));
}

/** Result of reading a draft: the JSON input for the API and the Dutch field errors (input is only usable without errors). */
export interface ReadResult {
  input: Record<string, unknown>;
  errors: FieldError[];
}

/** Reads the whole form into the API's input; empty optional fields are left out so the model's defaults apply. */
export function readDraft(fields: Field[], draft: Record<string, Draft>): ReadResult {
  const errors: FieldError[] = [];
  const input = readGroup(fields, draft, [], errors);
  return { input, errors };
}

function readGroup(fields: Field[], draft: Record<string, Draft>, path: string[], errors: FieldError[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = readField(field, draft[field.key], [...path, field.label], errors);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

function readField(field: Field, draft: Draft | undefined, path: string[], errors: FieldError[]): unknown {
  const fail = (message: string) => {
    errors.push({ path, message });
    return undefined;
  };
  switch (field.kind) {
    case 'per-naam': {
      const rows = (draft ?? []) as NamedRow[];
      if (rows.length === 0) return field.required ? fail('voeg minstens één regel toe') : undefined;
      const out: Record<string, unknown> = {};
      rows.forEach((row, i) => {
        const name = row.name.trim();
        if (name === '') errors.push({ path: [...path, `regel ${i + 1}`], message: 'naam is leeg' });
        else if (Object.hasOwn(out, name)) errors.push({ path: [...path, name], message: 'deze naam komt twee keer voor' });
        else Object.defineProperty(out, name, { value: readValue(field.value, row.value, [...path, name], errors), enumerable: true, writable: true });
      });
      return out;
    }
    case 'lijst':
      return ((draft ?? []) as Draft[]).map((item, i) => readValue(field.item, item, [...path, `regel ${i + 1}`], errors));
    case 'groep':
      return readGroup(field.fields, (draft ?? {}) as Record<string, Draft>, path, errors);
    default:
      return readScalar(field, draft as string | boolean | undefined, fail);
  }
}

function readValue(field: ValueField, draft: Draft, path: string[], errors: FieldError[]): unknown {
  return readField(field, draft, path, errors);
}

function readScalar(field: ScalarField, draft: string | boolean | undefined, fail: (message: string) => undefined): unknown {
  if (field.kind === 'ja-nee') return draft === true;
  const text = typeof draft === 'string' ? draft.trim() : '';
  if (text === '') return field.required ? fail('is verplicht') : undefined;
  if (field.kind === 'keuze') return field.options?.includes(text) ? text : fail(`kies een van: ${field.options?.join(', ')}`);
  if (field.kind === 'datum') return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : fail('is geen datum (jjjj-mm-dd)');
  const parsed = parseDutchDecimal(text);
  if (!parsed.ok) return fail(`"${text}" ${parsed.reason}`);
  const boundError = checkBounds(field, parsed.decimal);
  if (boundError) return fail(boundError);
  if (field.kind === 'bedrag') return parsed.decimal;
  if (field.kind === 'geheel' && !/^-?\d+$/.test(parsed.decimal)) return fail('moet een geheel getal zijn');
  // Counts, durations and percentages are JSON numbers in the API; they are not money.
  return Number(parsed.decimal);
}

/** Compares a decimal string with the schema's bounds without float arithmetic on the typed value's digits. */
function checkBounds(field: ScalarField, decimal: string): string | undefined {
  const cmp = (bound: number) => compareDecimal(decimal, String(bound));
  const unit = field.percentage ? ' %' : '';
  if (field.minimum !== undefined && cmp(field.minimum) < 0)
    return field.minimum === 0 ? 'mag niet negatief zijn' : `moet minstens ${formatDutchDecimal(field.minimum)}${unit} zijn`;
  if (field.exclusiveMinimum !== undefined && cmp(field.exclusiveMinimum) <= 0)
    return `moet groter dan ${formatDutchDecimal(field.exclusiveMinimum)}${unit} zijn`;
  if (field.maximum !== undefined && cmp(field.maximum) > 0) return `mag hoogstens ${formatDutchDecimal(field.maximum)}${unit} zijn`;
  return undefined;
}

/** Compares two plain decimal strings ("-12.5", "100"): -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const sign = (s: string) => (s.startsWith('-') && /[1-9]/.test(s) ? -1 : /[1-9]/.test(s) ? 1 : 0);
  const [sa, sb] = [sign(a), sign(b)];
  if (sa !== sb) return sa < sb ? -1 : 1;
  const [wa, fa = ''] = a.replace(/^-/, '').split('.');
  const [wb, fb = ''] = b.replace(/^-/, '').split('.');
  const width = Math.max(fa.length, fb.length);
  const da = (wa.replace(/^0+/, '') + fa.padEnd(width, '0')).replace(/^0+/, '');
  const db = (wb.replace(/^0+/, '') + fb.padEnd(width, '0')).replace(/^0+/, '');
  const magnitude = da.length !== db.length ? (da.length < db.length ? -1 : 1) : da < db ? -1 : da > db ? 1 : 0;
  return sa < 0 ? -magnitude : magnitude;
}

/** "Lumpsum per aanbieder › Partner A: mag niet negatief zijn." */
export function describeError(error: FieldError): string {
  return `${error.path.join(' › ')}: ${error.message}.`;
}
