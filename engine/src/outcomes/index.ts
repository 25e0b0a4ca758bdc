/** Outcome steering (resultaatsturing): trajectory end records and half-year indicators per provider, reported per provider against its own past and the policy's targets, never as a ranking. Depends on model/. */
export * from './outcome-data';
export * from './outcome-report';
