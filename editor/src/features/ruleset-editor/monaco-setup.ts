/**
 * Monaco, bundled locally: @monaco-editor/react is pointed at our own monaco-editor
 * (loader.config({ monaco })) and its workers are Vite ?worker chunks — nothing from a CDN.
 * The rule-set JSON Schema is registered so enums complete and hovers show the Dutch descriptions.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import rulesetSchema from '../../../../engine/schemas/ruleset.schema.json';
import { startJsonSchemaMarkers } from './json-schema-markers';

/** The model URI every rule-set editor uses; fileMatch binds the schema to it. */
export const RULESET_MODEL_PATH = 'sturing://regelset/regelset.json';

/**
 * The rule-set files declare `"$schema": "../../../../engine/schemas/ruleset.schema.json"` (relative to rules/<region>/<domain>/<segment>/).
 * A document's own $schema wins over fileMatch in Monaco's JSON worker, which resolves it against the model URI and,
 * with schema requests off, would warn that it cannot load it. Registering the schema under that resolved URI too
 * (".." never climbs above the root, so any depth lands here) makes the worker use the bundled schema instead.
 */
export const RULESET_SCHEMA_URI_FROM_FILES = new URL('../../../../engine/schemas/ruleset.schema.json', RULESET_MODEL_PATH).href;

/**
 * Monaco's JSON worker merges a $ref's target over the referring node, so a property such as "basiseenheid"
 * (`{ "$ref": "#/$defs/bekostigingsvorm", "description": "De ene bekostigingsgrondslag …" }`) would hover with the
 * shared definition's text. Hovers prefer markdownDescription, which the definitions do not set: copying each
 * referring node's own description there keeps the property's Dutch text on screen.
 */
function withOwnDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withOwnDescriptions);
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withOwnDescriptions(value)]));
  if (typeof copy.$ref === 'string' && typeof copy.description === 'string' && copy.markdownDescription === undefined)
    copy.markdownDescription = copy.description.replace(/([\\`*_{}[\]()#+\-.!<>|])/g, '\\$1');
  return copy;
}

const monacoRulesetSchema = withOwnDescriptions(rulesetSchema);

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [
    { uri: rulesetSchema.$id, fileMatch: ['sturing://regelset/*'], schema: monacoRulesetSchema },
    { uri: RULESET_SCHEMA_URI_FROM_FILES, schema: monacoRulesetSchema },
  ],
});

startJsonSchemaMarkers();

loader.config({ monaco });

export { monaco };
