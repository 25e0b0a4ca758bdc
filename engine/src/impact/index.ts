/** Impact analysis of a policy change over a population: tallies, report, generated populations and region segment weights. Depends on evaluate/ and below. */
export * from './generate-cases';
export * from './impact';
export * from './impact-report';
export * from './impact-tally';
export * from './region-segments';
