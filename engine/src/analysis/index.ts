/** Policy analysis, proven over finite partitions: responsibility map (who decides WAT and each HOE element), version timeline, rule reachability with witness cases, municipal drift. Depends on evaluate/ and below. */
export * from './analysis-finding';
export * from './responsibility-map';
export * from './timeline';
export * from './case-space';
export * from './rule-analysis';
export * from './provider-analysis';
export * from './witness-suite';
export * from './drift';
export * from './analyse-rule-set';
export * from './format-analysis';
