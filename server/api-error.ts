/** Errors the server raises itself; http/problem.ts maps every code to an HTTP status in one place. */
import type { Issue } from '../engine/src/model';

export type ApiErrorCode =
  | 'NIET_GEAUTHENTICEERD'
  | 'GEEN_TOEGANG'
  | 'NIET_GEVONDEN'
  | 'VERZOEK_ONGELDIG'
  | 'BODY_TE_GROOT'
  | 'MEDIATYPE_ONGELDIG'
  | 'VERSIE_GEWIJZIGD'
  | 'CONCEPT_AL_GEPUBLICEERD'
  | 'TOKEN_AL_INGETROKKEN'
  | 'IF_MATCH_VEREIST'
  | 'ALLEEN_LEZEN'
  | 'PUBLICATIE_GEWEIGERD'
  | 'ONBEKENDE_ROUTE'
  | 'ONBEKENDE_VERSIE'
  | 'CONCEPT_ONGELDIG'
  | 'GEMEENTE_ONBEKEND'
  | 'GEVAL_ONGEWIJZIGD'
  | 'BEOORDELING_NIET_OPEN'
  | 'TE_DRUK';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    /** Dutch title for the problem document. */
    readonly title: string,
    /** Dutch detail naming the field or resource. */
    readonly detail: string,
    readonly issues: Issue[] = [],
    /** Extra members for the problem document (e.g. failing cases). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}
