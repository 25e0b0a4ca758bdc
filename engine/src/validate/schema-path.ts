/** Checks that a fact path exists in the schema of that fact, so a typo in a rule is an error, not a silent false. */
import { SCHEMAS, type SchemaName } from '../model/schemas';

type Schema = Record<string, unknown>;

function resolveRef(ref: string, current: SchemaName): { schema: Schema; file: SchemaName } | undefined {
  const [filePart, fragment = ''] = ref.split('#');
  const file = (filePart === '' ? current : filePart) as SchemaName;
  let node: unknown = SCHEMAS[file];
  if (!node) return undefined;
  for (const token of fragment.split('/').filter(Boolean)) node = (node as Schema)[token];
  return node && typeof node === 'object' ? { schema: node as Schema, file } : undefined;
}

/** The sub-schemas a value at `key` may match, under `schema` (following $ref, if/then/else, allOf). */
function childSchemas(schema: Schema, file: SchemaName, key: string): { schema: Schema; file: SchemaName }[] {
  const out: { schema: Schema; file: SchemaName }[] = [];
  const visit = (s: Schema, f: SchemaName): void => {
    if (typeof s.$ref === 'string') {
      const target = resolveRef(s.$ref, f);
      if (target) visit(target.schema, target.file);
    }
    for (const k of ['then', 'else'] as const) if (s[k] && typeof s[k] === 'object') visit(s[k] as Schema, f);
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const) if (Array.isArray(s[k])) for (const b of s[k] as Schema[]) visit(b, f);
    const props = s.properties as Record<string, Schema> | undefined;
    if (props && props[key]) out.push({ schema: props[key], file: f });
    else if (s.additionalProperties && typeof s.additionalProperties === 'object') out.push({ schema: s.additionalProperties as Schema, file: f });
    if (/^\d+$/.test(key) && s.items && typeof s.items === 'object') out.push({ schema: s.items as Schema, file: f });
  };
  visit(schema, file);
  return out;
}

/** True when every key of the path can exist in a document valid against the schema at `ref`. */
export function schemaAllowsPath(ref: { file: SchemaName; pointer?: string }, keys: readonly string[]): boolean {
  const root = resolveRef(`#${ref.pointer ?? ''}`, ref.file);
  if (!root) return false;
  let frontier = [root];
  for (const key of keys) {
    frontier = frontier.flatMap((n) => childSchemas(n.schema, n.file, key));
    if (frontier.length === 0) return false;
  }
  return true;
}
