/**
 * What a draft must be before it is stored: a rule-set document that matches the
 * rule-set schema in every field it has. A draft is work in progress toward a
 * publication, so it may lack exactly the fields that publishing sets
 * (DRAFT_MAY_LACK); every other required field, and the type of every field,
 * is checked, so that everything that reads a draft back can rely on its shape.
 */
import type { Issue } from '../engine/src/model';
import { validateAgainstSchema } from '../engine/src/model';
import { ApiError } from './api-error';

/** Top-level fields a draft may lack: publishing sets them (id from the URL, version, dates and note from the request). */
export const DRAFT_MAY_LACK = ['id', 'version', 'effectiveFrom', 'effectiveTo', 'changeNote'] as const;

const MAY_LACK = new Set<string>(DRAFT_MAY_LACK.map((field) => `/${field}`));

/** Schema issues of a draft document, without the fields a draft may lack. */
export function draftDocumentIssues(document: unknown): Issue[] {
  return validateAgainstSchema('ruleset.schema.json', document).filter((issue) => !(issue.code === 'VERPLICHT_VELD' && MAY_LACK.has(issue.path)));
}

/** Throws CONCEPT_ONGELDIG (422) naming every field when a draft document may not be stored. */
export function assertStorableDraft(document: unknown): void {
  const issues = draftDocumentIssues(document);
  if (issues.length === 0) return;
  throw new ApiError(
    'CONCEPT_ONGELDIG',
    'Het concept is niet opgeslagen: het document past niet in het regelsetschema',
    `${issues.length} probleem/problemen; eerste: ${issues[0].path || '/'} ${issues[0].message}. Er is niets opgeslagen; een concept mag alleen ${DRAFT_MAY_LACK.join(', ')} missen.`,
    issues,
  );
}
