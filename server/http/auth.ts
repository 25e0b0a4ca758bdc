/** Bearer-token authentication and role-based permissions. */
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '../api-error';
import type { Role, TokenInfo, TokenStore } from '../store/token-store';

export type Permission = 'lezen' | 'concepten' | 'publiceren' | 'testen' | 'tokens';

/** What each role may do (lezer: read, evaluate, calc; each role adds to it). */
export const PERMISSIONS: Record<Role, readonly Permission[]> = {
  lezer: ['lezen'],
  beleidsmedewerker: ['lezen', 'concepten'],
  vaststeller: ['lezen', 'concepten', 'publiceren'],
  tester: ['lezen', 'testen'],
  beheerder: ['lezen', 'concepten', 'publiceren', 'testen', 'tokens'],
};

declare module 'express-serve-static-core' {
  interface Request {
    user?: TokenInfo;
  }
}

/** Resolves the bearer token; every /api route but /api/health requires one. */
export function authenticate(tokens: TokenStore) {
  return async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError('NIET_GEAUTHENTICEERD', 'Niet aangemeld', 'Stuur een token mee: Authorization: Bearer <token>.');
    const user = await tokens.find(match[1]);
    if (!user) throw new ApiError('NIET_GEAUTHENTICEERD', 'Niet aangemeld', 'Het token is onbekend of ingetrokken.');
    req.user = user;
    next();
  };
}

/** Middleware: the signed-in role must have `permission`. */
export function requirePermission(permission: Permission) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const role = req.user?.role;
    if (!role || !PERMISSIONS[role].includes(permission)) {
      throw new ApiError('GEEN_TOEGANG', 'Geen toegang', `De rol ${role ?? '(geen)'} mag dit niet (nodig: ${permission}).`);
    }
    next();
  };
}

/** The actor recorded in the audit: "name (role)". */
export function actorOf(req: Request): string {
  return req.user ? `${req.user.name} (${req.user.role})` : 'onbekend';
}
