/** Bearer tokens, stored as sha256 hashes only; a token is shown once, when it is made. */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export const ROLES = ['lezer', 'beleidsmedewerker', 'vaststeller', 'tester', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenInfo {
  role: Role;
  name: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random token: "stu_" + 43 base64url characters (256 bits). */
export function generateToken(): string {
  return 'stu_' + randomBytes(32).toString('base64url');
}

export class TokenStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => string,
  ) {}

  async find(token: string): Promise<TokenInfo | undefined> {
    const row = await this.db.selectFrom('tokens').select(['role', 'name']).where('token_hash', '=', hashToken(token)).executeTakeFirst();
    return row ? { role: row.role as Role, name: row.name } : undefined;
  }

  /** Stores a token (idempotent for the same token). */
  async add(token: string, info: TokenInfo, createdBy: string): Promise<void> {
    await this.db
      .insertInto('tokens')
      .values({ token_hash: hashToken(token), role: info.role, name: info.name, created_at: this.now(), created_by: createdBy })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
  }

  async hasRole(role: Role): Promise<boolean> {
    return (await this.db.selectFrom('tokens').select('name').where('role', '=', role).limit(1).executeTakeFirst()) !== undefined;
  }
}
