/**
 * Helmet's security headers, worked out once. Helmet runs a dozen middlewares per request that each set one
 * header whose value never changes (the options are static); running it once at start-up against a recording
 * response and replaying what it set gives every response exactly the same headers for one call.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Runs `middleware` once and returns a middleware that sets the headers it set (and removes those it removed). */
export function staticHeaders(middleware: (req: Request, res: Response, next: (error?: unknown) => void) => void): RequestHandler {
  const set = new Map<string, string>();
  const removed: string[] = [];
  let called = false;
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      if (typeof value !== 'string') throw new Error(`staticHeaders: header ${name} is geen tekst`);
      set.set(name, value);
      return recorder;
    },
    removeHeader(name: string) {
      set.delete(name);
      removed.push(name);
    },
  };
  middleware({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    called = true;
  });
  // A middleware that answers later or per request cannot be replayed.
  if (!called) throw new Error('staticHeaders: de middleware riep next() niet meteen aan');
  const headers = [...set];
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
