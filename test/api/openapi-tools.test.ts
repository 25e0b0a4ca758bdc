// The OpenAPI document is readable by tools that resolve references against the document only (generators,
// linters): no embedded $defs or $id, every $ref points at an existing component, every operation has a unique id.
import { describe, expect, it } from 'vitest';
import { buildOpenApi, hoistDefinitions } from '../../server/openapi';

type Node = Record<string, unknown>;
const document = buildOpenApi() as { paths: Record<string, Record<string, Node>>; components: { schemas: Record<string, unknown> } };

function walk(value: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value !== null && typeof value === 'object') {
    visit(value as Node);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

function resolve(pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, token) => (node as Node | undefined)?.[token], document);
}

describe('OpenAPI document for standard tools', () => {
  it('has no embedded $defs or $id, and every $ref resolves inside the document', () => {
    const refs: string[] = [];
    walk(document, (node) => {
      expect(node).not.toHaveProperty('$defs');
      expect(node).not.toHaveProperty('$id');
      if (typeof node.$ref === 'string') refs.push(node.$ref);
    });
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of new Set(refs)) {
      expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
      expect(resolve(ref), ref).toBeDefined();
    }
    expect(document.components.schemas).toHaveProperty('Regelset_bron');
    expect(document.components.schemas).toHaveProperty('Casus_datum');
  });

  it('gives every operation a unique operationId', () => {
    const ids = Object.values(document.paths).flatMap((operations) => Object.values(operations).map((op) => op.operationId));
    expect(ids.length).toBeGreaterThanOrEqual(27);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/api/evaluate'].post.operationId).toBe('evaluate');
  });

  it('rewrites local, root and cross-file references when hoisting', () => {
    const hoisted = hoistDefinitions({
      A: {
        $id: 'https://example.test/a.schema.json',
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        properties: { x: { $ref: '#/$defs/x' }, self: { $ref: '#' }, bron: { $ref: 'ruleset.schema.json#/$defs/bron' } },
        $defs: { x: { items: { $ref: '#/$defs/x/items' } } },
      },
    });
    expect(hoisted.A).toEqual({
      properties: {
        x: { $ref: '#/components/schemas/A_x' },
        self: { $ref: '#/components/schemas/A' },
        bron: { $ref: '#/components/schemas/Regelset_bron' },
      },
    });
    expect(hoisted.A_x).toEqual({ items: { $ref: '#/components/schemas/A_x/items' } });
  });
});
