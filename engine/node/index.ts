/** Node-only adapters of the engine (outside the isomorphic core): the rules folder as a repository, and where things are on disk. */
export * from './file-repository';
export * from './paths';
export * from './http-repository';
