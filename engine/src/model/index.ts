/** The data model: rule-set, region and shared-rules types, the decision (receipt), finding codes, typed errors, calendar dates, the schemas, the repository interface and who decides each HOE element. Depends only on json/. */
export * from './dates';
export * from './decision';
export * from './errors';
export * from './finding-codes';
export * from './hoe-responsibility';
export * from './repository';
export * from './rule-set';
export * from './schemas';
export * from './source-documents';
export * from './version';
