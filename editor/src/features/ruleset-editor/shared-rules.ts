/** Shared rule libraries, bundled from rules/shared (the same files the server is seeded from). */
import type { SharedRules } from '../../../../engine/src/model';

export const SHARED_RULES: Record<string, SharedRules> = Object.fromEntries(
  Object.entries(import.meta.glob<SharedRules>('../../../../rules/shared/*.json', { eager: true, import: 'default' })).map(([file, rules]) => [
    file.replace(/^.*\/([^/]+)\.json$/, '$1'),
    rules,
  ]),
);
