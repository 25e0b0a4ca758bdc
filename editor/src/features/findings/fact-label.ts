/**
 * Names a fact (and its path) the way people read it: for case facts the Dutch description from
 * case.schema.json (the single source), otherwise the fact's own description; the technical path stays available.
 */
import caseSchema from '../../../../engine/schemas/case.schema.json';
import { findFact } from '../../../../engine/src/facts';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  $ref?: string;
}

const DEFS = (caseSchema as { $defs: Record<string, SchemaNode> }).$defs;

function deref(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const target = DEFS[node.$ref.replace('#/$defs/', '')];
  return target ? { ...target, description: node.description ?? target.description } : node;
}

/** "casus" + "$.client.leeftijd" → "client.leeftijd". */
export function factPath(fact: string, path?: string): string {
  const tail = (path ?? '').replace(/^\$\.?/, '');
  return tail ? `${fact}.${tail}` : fact;
}

/** The Dutch description of a case field, walking case.schema.json; undefined when the path is not in it. */
function describeCaseField(path: string): string | undefined {
  let node: SchemaNode | undefined = caseSchema as SchemaNode;
  const keys = path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean);
  const trail: string[] = [];
  for (const key of keys) {
    node = deref(node?.properties?.[key]);
    if (!node) return undefined;
    if (node.description) trail.push(node.description.replace(/\.$/, ''));
  }
  return trail.at(-1);
}

/** A readable label: "Leeftijd in jaren" for casus.$.client.leeftijd, the fact's description for policy facts. */
export function factLabel(fact: string, path?: string): string {
  if (fact === 'casus' && path) {
    const keys = path.replace(/^\$\.?/, '').split('.');
    const described = describeCaseField(path);
    const element = keys[0] === 'besluit' && keys[1] === 'hoe' ? keys[2] : undefined;
    if (element)
      return `${element} in het HOE van het besluit${keys[3] === 'vastgesteldDoor' ? ': wie het vaststelde' : keys[3] === 'waarde' ? ': de waarde' : ''}`;
    if (described) return described;
  }
  return findFact(fact)?.description ?? factPath(fact, path);
}
