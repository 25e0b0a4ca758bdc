/** Settlement (jaarafrekening) of a rule set's funding policy against provider realisations, and funding scenarios between two versions. */
export * from './compare';
export * from './dated';
export * from './format-settlement';
export * from './realisation';
export * from './settle';
export * from './settle-year';
export * from './beschermd-wonen-budget';
export * from './policy-input';
