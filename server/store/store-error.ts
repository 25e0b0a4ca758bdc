/**
 * Errors the store raises: what went wrong in store terms, with a Dutch title and detail for the user. The store
 * knows nothing of HTTP; http/problem.ts maps each code to a status.
 */
import type { Issue } from '../../engine/src/model';

export type StoreErrorCode =
  /** The rule set, version, draft or suite does not exist. */
  | 'NIET_GEVONDEN'
  /** The draft or suite was changed since the caller read it (optimistic concurrency). */
  | 'VERSIE_GEWIJZIGD'
  /** The draft was published (or removed) by a concurrent request. */
  | 'CONCEPT_AL_GEPUBLICEERD'
  /** A judgement that is no longer pending (applied, withdrawn or lapsed). */
  | 'BEOORDELING_NIET_OPEN'
  /** A reference policy (the Venlo or Eindhoven model) is read only. */
  | 'REFERENTIE_ALLEEN_LEZEN';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    /** Dutch title for the problem document. */
    readonly title: string,
    /** Dutch detail naming the resource. */
    readonly detail: string,
    readonly issues: Issue[] = [],
    /** Extra members for the problem document (e.g. the current revision). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'StoreError';
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
