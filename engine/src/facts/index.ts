/** The facts a rule reads: a case's facts and a provider file's facts (categories, extra capacity), and which subject (case or provider) a rule is about. Depends on rules/, model/, funding/. */
export * from './facts';
export * from './provider-category';
export * from './provider-data';
export * from './provider-extra-capacity';
export * from './provider-facts';
export * from './rule-subjects';
