/** Query parameters are single strings: a repeated (?a=1&a=2) or nested (?a[b]=1) parameter is refused, never silently ignored. */
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '../api-error';

export function refuseRepeatedQueryParameters(req: Request, _res: Response, next: NextFunction): void {
  for (const [name, value] of Object.entries(req.query)) {
    if (typeof value === 'string') continue;
    const kind = Array.isArray(value) ? 'meer dan eens meegegeven' : 'geen enkelvoudige waarde';
    throw new ApiError('VERZOEK_ONGELDIG', 'Ongeldig verzoek', `Queryparameter "${name}" is ${kind}; geef hem één keer mee, met één waarde.`, [
      { path: `?${name}`, message: kind },
    ]);
  }
  next();
}
