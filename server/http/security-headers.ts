/**
 * Security headers. Pages (the editor) get helmet's headers; helmet runs a dozen middlewares per request that each
 * set one header whose value never changes (the options are static), so it runs once at start-up against a
 * recording response and its headers are replayed. API responses (JSON, never rendered as a page) get the smaller
 * set a REST API needs (OWASP REST Security Cheat Sheet): no sniffing, no framing, no scripts, no embedding by other
 * origins, HTTPS only, no referrer.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const API_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

type Middleware = (req: Request, res: Response, next: (error?: unknown) => void) => void;

/** The headers `middleware` sets (and removes), worked out by running it once. */
function recordHeaders(middleware: Middleware): { set: [string, string][]; removed: string[] } {
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
  return { set: [...set], removed };
}

/** Pages get what `pageHeaders` (helmet) sets; paths under `/api/` get API_HEADERS. */
export function securityHeaders(pageHeaders: Middleware): RequestHandler {
  const page = recordHeaders(pageHeaders);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/api/')) {
      for (const [name, value] of API_HEADERS) res.setHeader(name, value);
    } else {
      for (const name of page.removed) res.removeHeader(name);
      for (const [name, value] of page.set) res.setHeader(name, value);
    }
    next();
  };
}
