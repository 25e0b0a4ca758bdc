/** Rule machinery independent of any case: operators, fact paths, rule templates (forEach), municipal overrides, version resolution by date and the json-rules-engine runner. Depends on model/ and json/. */
export * from './expand-rules';
export * from './fact-path';
export * from './operators';
export * from './overrides';
export * from './resolve-version';
export * from './run-rules';
