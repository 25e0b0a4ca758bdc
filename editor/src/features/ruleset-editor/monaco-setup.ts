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

/** The model URI every rule-set editor uses; fileMatch binds the schema to it. */
export const RULESET_MODEL_PATH = 'sturing://regelset/regelset.json';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [{ uri: rulesetSchema.$id, fileMatch: ['sturing://regelset/*'], schema: rulesetSchema }],
});

loader.config({ monaco });

export { monaco };
