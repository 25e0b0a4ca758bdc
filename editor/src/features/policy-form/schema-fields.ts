/**
 * The policy form's fields, generated from the rule-set schema: per steering element the properties of its
 * definition (labels from the key, help from the schema's Dutch description), so a field added to the schema
 * appears in the form by itself. Shapes the form cannot edit well (lists of objects, sources) stay in the JSON view.
 */
import rulesetSchema from '../../../../engine/schemas/ruleset.schema.json';
import type { SteeringElement } from '../../../../engine/src/policy';
import { fieldLabel } from './field-labels';

type SchemaNode = Record<string, unknown>;

interface Base {
  key: string;
  label: string;
  help?: string;
  required: boolean;
}

export type FormField =
  | (Base & { kind: 'keuze'; options: string[] })
  | (Base & { kind: 'ja-nee' })
  | (Base & { kind: 'getal'; integer: boolean; percentage: boolean; minimum?: number; maximum?: number })
  | (Base & { kind: 'bedrag' })
  | (Base & { kind: 'tekst'; multiline: boolean })
  | (Base & { kind: 'meerkeuze'; options: string[] })
  | (Base & { kind: 'tekstlijst' })
  | (Base & { kind: 'groep'; fields: FormField[] })
  | (Base & { kind: 'alleen-json' });

const root = rulesetSchema as unknown as SchemaNode;
const defs = (root.$defs ?? {}) as Record<string, SchemaNode>;

function resolve(node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
  const target = resolve(defs[ref.slice('#/$defs/'.length)] ?? {});
  return { ...target, ...node, description: node.description ?? target.description, $ref: undefined };
}

const MONEY_PATTERN = /\\d\{1,2\}/;

function fieldOf(key: string, raw: SchemaNode, required: boolean): FormField {
  const node = resolve(raw);
  const base: Base = { key, label: fieldLabel(key), help: node.description as string | undefined, required };
  if (Array.isArray(node.enum)) return { ...base, kind: 'keuze', options: node.enum.map(String) };
  if (node.type === 'boolean') return { ...base, kind: 'ja-nee' };
  if (node.type === 'integer' || node.type === 'number')
    return {
      ...base,
      kind: 'getal',
      integer: node.type === 'integer',
      percentage: key.endsWith('Pct'),
      minimum: node.minimum as number | undefined,
      maximum: node.maximum as number | undefined,
    };
  if (node.type === 'string') {
    if (typeof node.pattern === 'string' && MONEY_PATTERN.test(node.pattern) && /tarief|kostprijs|bedrag/i.test(key)) return { ...base, kind: 'bedrag' };
    return { ...base, kind: 'tekst', multiline: key === 'omschrijving' };
  }
  if (node.type === 'array') {
    const items = resolve((node.items ?? {}) as SchemaNode);
    if (Array.isArray(items.enum)) return { ...base, kind: 'meerkeuze', options: items.enum.map(String) };
    if (items.type === 'string') return { ...base, kind: 'tekstlijst' };
    return { ...base, kind: 'alleen-json' };
  }
  if (node.type === 'object' && node.properties && key !== 'bron') return { ...base, kind: 'groep', fields: fieldsOf(node) };
  return { ...base, kind: 'alleen-json' };
}

function fieldsOf(node: SchemaNode): FormField[] {
  const required = new Set((node.required ?? []) as string[]);
  return Object.entries((node.properties ?? {}) as Record<string, SchemaNode>).map(([key, raw]) => fieldOf(key, raw, required.has(key)));
}

/** The fields of one steering element (the "else" branch: the element as it applies, not "niet van toepassing"). */
export function elementFields(element: SteeringElement): FormField[] {
  const definition = defs[element] ?? {};
  const applies = (definition.else ?? definition) as SchemaNode;
  return fieldsOf(applies);
}

/** The Dutch description of a steering element from the schema. */
export function elementHelp(element: SteeringElement): string | undefined {
  return defs[element]?.description as string | undefined;
}
