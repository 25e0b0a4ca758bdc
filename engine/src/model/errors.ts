/** Typed errors with a stable code and a list of issues, each naming the field (JSON pointer). */

/** One problem with an input, located by JSON pointer and, where known, file:line:column. */
export interface Issue {
  /** JSON pointer into the offending document, "" for the document itself. */
  path: string;
  /** Dutch message for the user. */
  message: string;
  /** Stable machine-readable code of this issue, e.g. ENUM_ONGELDIG. */
  code?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Stable error codes of the engine; the server maps them to HTTP status in one place. */
export type ErrorCode =
  | 'JSON_ONGELDIG'
  | 'REGELSET_ONGELDIG'
  | 'REGIO_ONGELDIG'
  | 'CASUS_ONGELDIG'
  | 'AANBIEDERS_ONGELDIG'
  | 'RESULTATEN_ONGELDIG'
  | 'INVOER_ONGELDIG'
  | 'SUITE_ONGELDIG'
  | 'REGELSET_ONBEKEND'
  | 'VERSIE_ONBEKEND'
  | 'GEEN_VERSIE_VAN_KRACHT'
  | 'GEMEENTE_ONBEKEND'
  | 'REGIO_ONDUIDELIJK'
  | 'REGIO_ONBEKEND'
  | 'GEDEELDE_REGELS_ONBEKEND'
  | 'MODEL_ONBEKEND';

/** The one error type the engine throws for bad input; never carries a stack trace to users. */
export class SturingError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  readonly file?: string;

  constructor(code: ErrorCode, message: string, issues: Issue[] = [], file?: string) {
    super(message);
    this.name = 'SturingError';
    this.code = code;
    this.issues = issues;
    this.file = file;
  }

  /** Plain JSON form, for CLI output and the server's problem+json. */
  toJSON(): { code: ErrorCode; message: string; file?: string; issues: Issue[] } {
    return { code: this.code, message: this.message, file: this.file, issues: this.issues };
  }
}

/** True when `value` is a SturingError (also across module copies). */
export function isSturingError(value: unknown): value is SturingError {
  return value instanceof SturingError || (value instanceof Error && value.name === 'SturingError');
}
