/** The one place that maps error codes to HTTP status and writes application/problem+json (Dutch title, detail naming the field). */
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { isSturingError, type Issue } from '../../engine/src/model/errors';
import { ApiError } from '../api-error';

const STATUS: Record<string, number> = {
  NIET_GEAUTHENTICEERD: 401,
  GEEN_TOEGANG: 403,
  NIET_GEVONDEN: 404,
  ONBEKENDE_ROUTE: 404,
  VERZOEK_ONGELDIG: 400,
  BODY_TE_GROOT: 413,
  MEDIATYPE_ONGELDIG: 415,
  VERSIE_GEWIJZIGD: 412,
  CONCEPT_AL_GEPUBLICEERD: 409,
  TOKEN_AL_INGETROKKEN: 409,
  IF_MATCH_VEREIST: 428,
  ALLEEN_LEZEN: 405,
  PUBLICATIE_GEWEIGERD: 422,
  ONBEKENDE_VERSIE: 422,
  CONCEPT_ONGELDIG: 422,
  GEVAL_ONGEWIJZIGD: 422,
  TE_DRUK: 503,
  // engine codes
  JSON_ONGELDIG: 400,
  CASUS_ONGELDIG: 400,
  AANBIEDERS_ONGELDIG: 400,
  RESULTATEN_ONGELDIG: 400,
  INVOER_ONGELDIG: 400,
  REGELSET_ONGELDIG: 400,
  REGIO_ONGELDIG: 400,
  SUITE_ONGELDIG: 400,
  REGELSET_ONBEKEND: 404,
  VERSIE_ONBEKEND: 404,
  REGIO_ONBEKEND: 404,
  MODEL_ONBEKEND: 404,
  GEDEELDE_REGELS_ONBEKEND: 422,
  GEMEENTE_ONBEKEND: 422,
  REGIO_ONDUIDELIJK: 422,
  GEEN_VERSIE_VAN_KRACHT: 422,
};

const TITLES: Record<string, string> = {
  JSON_ONGELDIG: 'Ongeldige JSON',
  CASUS_ONGELDIG: 'De casus is ongeldig',
  AANBIEDERS_ONGELDIG: 'De aanbiedersgegevens zijn ongeldig',
  RESULTATEN_ONGELDIG: 'De resultaatgegevens zijn ongeldig',
  INVOER_ONGELDIG: 'Ongeldige invoer',
  REGELSET_ONGELDIG: 'De regelset is ongeldig',
  SUITE_ONGELDIG: 'De regressiesuite is ongeldig',
  REGELSET_ONBEKEND: 'Regelset niet gevonden',
  VERSIE_ONBEKEND: 'Versie niet gevonden',
  REGIO_ONBEKEND: 'Regio niet gevonden',
  MODEL_ONBEKEND: 'Bekostigingsmodel niet gevonden',
  GEMEENTE_ONBEKEND: 'Onbekende gemeente',
  REGIO_ONDUIDELIJK: 'De gemeente hoort bij meer dan één regio',
  GEEN_VERSIE_VAN_KRACHT: 'Geen geldende versie op de peildatum',
  GEDEELDE_REGELS_ONBEKEND: 'Gedeelde regels ontbreken',
};

export function statusOf(code: string): number {
  return STATUS[code] ?? 500;
}

export type ProblemInput = { code: string; title: string; detail: string; issues: Issue[]; status?: number; instance?: string; requestId?: string } & Record<
  string,
  unknown
>;

export function sendProblem(res: Response, problem: ProblemInput): void {
  const status = problem.status ?? statusOf(problem.code);
  res
    .status(status)
    .type('application/problem+json')
    .json({ type: `https://sturing.local/problemen/${problem.code.toLowerCase()}`, ...problem, status });
}

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

/** The central Express error handler: route handlers only throw. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const base = { instance: req.originalUrl, requestId: String((req as { id?: unknown }).id ?? '') };
    if (error instanceof ApiError) {
      // Busy: tell clients when to try again (RFC 9110 Retry-After, seconds).
      if (statusOf(error.code) === 503) res.set('Retry-After', String(error.extra.retryAfter ?? 5));
      sendProblem(res, { ...base, code: error.code, title: error.title, detail: error.detail, issues: error.issues, ...error.extra });
      return;
    }
    if (isSturingError(error)) {
      const issue = error.issues[0];
      sendProblem(res, {
        ...base,
        code: error.code,
        title: TITLES[error.code] ?? 'Ongeldig verzoek',
        detail: issue ? `${issue.path || '/'}: ${issue.message} — ${error.message}` : error.message,
        issues: error.issues,
      });
      return;
    }
    const bodyError = error as BodyParserError;
    if (bodyError?.type === 'entity.too.large') {
      sendProblem(res, { ...base, code: 'BODY_TE_GROOT', title: 'Verzoek te groot', detail: 'De body is groter dan toegestaan.', issues: [] });
      return;
    }
    if (bodyError?.type === 'entity.parse.failed') {
      sendProblem(res, {
        ...base,
        code: 'JSON_ONGELDIG',
        title: 'Ongeldige JSON',
        detail: `De body is geen geldige JSON: ${bodyError.message ?? ''}`.trim(),
        issues: [{ path: '', message: 'ongeldige JSON' }],
      });
      return;
    }
    if (typeof bodyError?.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
      sendProblem(res, {
        ...base,
        status: bodyError.status,
        code: 'VERZOEK_ONGELDIG',
        title: 'Ongeldig verzoek',
        detail: 'Het verzoek kon niet worden gelezen.',
        issues: [],
      });
      return;
    }
    logger.error({ err: error, requestId: base.requestId }, 'onverwachte fout');
    sendProblem(res, {
      ...base,
      status: 500,
      code: 'INTERNE_FOUT',
      title: 'Interne fout',
      detail: 'Er ging iets mis aan onze kant; de fout is vastgelegd. Er is niets gewijzigd.',
      issues: [],
    });
  };
}
