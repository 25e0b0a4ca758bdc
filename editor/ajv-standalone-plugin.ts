/**
 * The browser may not compile JSON Schemas at run time (the server's CSP forbids eval, and ajv compiles with
 * new Function). So the editor build precompiles engine/schemas with ajv standalone (same options as
 * engine/src/schemas.ts) into a virtual module, and aliases `ajv/dist/2020` and `ajv-formats` to tiny shims that
 * hand out those precompiled validators. The engine code runs unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import standaloneCode from 'ajv/dist/standalone';
import addFormats from 'ajv-formats';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:sturing-schema-validators';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const schemasDir = fileURLToPath(new URL('../engine/schemas', import.meta.url));
const shimsDir = fileURLToPath(new URL('./shims', import.meta.url));

/** Standalone validator module: `export const v0 = …; export default { "<$id>": v0, … }`. */
function generateValidators(): string {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true, esm: true } });
  addFormats(ajv, ['date']);
  const ids: string[] = [];
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    ids.push(schema.$id);
  }
  const names = ids.map((_id, i) => `v${i}`);
  const code = standaloneCode(ajv, Object.fromEntries(ids.map((id, i) => [names[i], id])));
  return `${code}\nexport default {${ids.map((id, i) => `${JSON.stringify(id)}: ${names[i]}`).join(', ')}};\n`;
}

export function ajvStandalone(): Plugin {
  return {
    name: 'sturing-ajv-standalone',
    enforce: 'pre',
    resolveId(source) {
      if (source === VIRTUAL_ID) return RESOLVED_ID;
      if (source === 'ajv/dist/2020') return join(shimsDir, 'ajv-precompiled.ts');
      if (source === 'ajv-formats') return join(shimsDir, 'ajv-formats-noop.ts');
      return null;
    },
    load(id) {
      return id === RESOLVED_ID ? generateValidators() : null;
    },
  };
}
