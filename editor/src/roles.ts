/** What each role may do in the UI — mirrors the server's PERMISSIONS (server/http/auth.ts), which stays the authority. */
import type { Me, Role } from '../../server/contract';

export type { Me, Role };
export type Permission = 'lezen' | 'concepten' | 'publiceren' | 'testen' | 'tokens';

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  lezer: ['lezen'],
  beleidsmedewerker: ['lezen', 'concepten'],
  vaststeller: ['lezen', 'concepten', 'publiceren'],
  tester: ['lezen', 'testen'],
  beheerder: ['lezen', 'concepten', 'publiceren', 'testen', 'tokens'],
};

/** True when the role may do this; unknown roles may nothing. */
export function may(me: Me | undefined, permission: Permission): boolean {
  return !!me && (PERMISSIONS[me.role] ?? []).includes(permission);
}
