/** Real data in: iWmo/iJw 3.2 messages (streaming reader), the region's code mapping, allocations as cases, checks against the policy, declarations as realisation, spreadsheet exports as cases. Depends on evaluate/ and below. */
export * from './allocation-to-case';
export * from './check-messages';
export * from './code-lists';
export * from './code-mapping';
export * from './message-reader';
export * from './message-types';
export * from './check-report';
export * from './realisation';
export * from './spreadsheet';
