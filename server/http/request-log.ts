/**
 * Request ids and the access log. Every response carries X-Request-Id (the caller's, up to 100 characters, or a
 * new UUID); problem documents repeat it. One line per request at level info (method, path, status, duration) —
 * never headers, query strings or bodies, so no token or personal data reaches the log. When info is off
 * (LOG_LEVEL=warn), nothing is built per request.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

declare module 'express-serve-static-core' {
  interface Request {
    id?: string;
  }
}

export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.headers['x-request-id'];
    const id = (typeof given === 'string' && given.slice(0, 100)) || randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (logger.isLevelEnabled('info')) {
      const start = process.hrtime.bigint();
      res.once('finish', () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const path = req.originalUrl.split('?')[0];
        logger.info({ requestId: id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'verzoek afgehandeld');
      });
    }
    next();
  };
}
