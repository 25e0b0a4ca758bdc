/** JSON utilities the engine is built on: deep copy, JSON pointers, merge patch, structural diff, canonical content hash, pointer → line:column. Depends on nothing else in the engine. */
export * from './clone-json';
export * from './content-hash';
export * from './json-depth';
export * from './json-diff';
export * from './json-pointer';
export * from './merge-patch';
export * from './source-location';
