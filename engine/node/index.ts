/** Node-only adapters of the engine (outside the isomorphic core): the rules folder as a repository, a running server as one, where things are on disk, message and code-mapping files, rule-set files checked with their locations, and the council exports (Word, Excel, PDF). */
export * from './code-mapping-files';
export * from './exports';
export * from './file-repository';
export * from './http-repository';
export * from './message-files';
export * from './paths';
export * from './xlsx-export';
export * from './suite-file';
export * from './validate-file';
