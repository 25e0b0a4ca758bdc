/**
 * Bearer tokens, stored as sha256 hashes only; a token is shown once, when it is made. Each token has a public
 * id (for listing and revoking), its last use, an optional expiry and, once revoked, who revoked it and when.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseHandle } from './database';
import { preparedRead, type PreparedRead } from './prepared-read';
import type { Database, TokenTable } from './schema';

export const ROLES = ['lezer', 'beleidsmedewerker', 'vaststeller', 'tester', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

/** Who the system (start-up) registers admin tokens as; rotation revokes those only. */
export const SYSTEM_ACTOR = 'systeem';

export interface TokenInfo {
  role: Role;
  name: string;
  /** The token's public id (absent for a token that is not stored yet). */
  id?: string;
}

/** What a listing shows of a token: never the secret, never its hash. */
export interface TokenSummary {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  status: 'actief' | 'verlopen' | 'ingetrokken';
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random token: "stu_" + 43 base64url characters (256 bits). */
export function generateToken(): string {
  return 'stu_' + randomBytes(32).toString('base64url');
}

/** A new public token id. */
function newTokenId(): string {
  return 'tok_' + randomBytes(8).toString('hex');
}

/** Last use is written at most this often per token, so reads do not turn into a write each. */
const LAST_USED_RESOLUTION_MS = 60_000;

function summary(row: TokenTable, now: string): TokenSummary {
  const status = row.revoked_at ? 'ingetrokken' : row.expires_at && row.expires_at <= now ? 'verlopen' : 'actief';
  return {
    id: row.id ?? 'tok_' + row.token_hash.slice(0, 16),
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    status,
  };
}

export class TokenStore {
  private readonly db: Kysely<Database>;
  /** The per-request lookup (every API call), compiled once. */
  private readonly byHash: PreparedRead<Selectable<TokenTable>>;

  constructor(
    handle: Pick<DatabaseHandle, 'db' | 'sqlite' | 'changeStamp'>,
    private readonly now: () => string,
  ) {
    this.db = handle.db;
    // Remembered while nothing is written: a revocation (here or by another instance) changes the stamp.
    this.byHash = preparedRead(handle, this.db.selectFrom('tokens').selectAll().where('token_hash', '=', '').compile(), { remember: true });
  }

  /** The token's role and name when it is known, not revoked and not expired; records its use. */
  async find(token: string): Promise<TokenInfo | undefined> {
    const hash = hashToken(token);
    const row = await this.byHash(hash);
    const now = this.now();
    if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now)) return undefined;
    if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
      await this.db.updateTable('tokens').set({ last_used_at: now }).where('token_hash', '=', hash).execute();
    }
    return { role: row.role as Role, name: row.name, id: row.id ?? undefined };
  }

  /** Stores a token (idempotent for the same token); returns its public id. */
  async add(token: string, info: TokenInfo, createdBy: string, expiresAt: string | null = null): Promise<string> {
    const hash = hashToken(token);
    await this.db
      .insertInto('tokens')
      .values({
        token_hash: hash,
        id: newTokenId(),
        role: info.role,
        name: info.name,
        created_at: this.now(),
        created_by: createdBy,
        last_used_at: null,
        expires_at: expiresAt,
        revoked_at: null,
        revoked_by: null,
      })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
    const row = await this.db.selectFrom('tokens').select(['id', 'token_hash']).where('token_hash', '=', hash).executeTakeFirstOrThrow();
    return row.id ?? 'tok_' + row.token_hash.slice(0, 16);
  }

  /** True when `token` is stored and not revoked (expired or not). */
  async isActive(token: string): Promise<boolean> {
    const row = await this.db.selectFrom('tokens').select('revoked_at').where('token_hash', '=', hashToken(token)).executeTakeFirst();
    return row !== undefined && row.revoked_at === null;
  }

  async hasRole(role: Role): Promise<boolean> {
    return (
      (await this.db.selectFrom('tokens').select('name').where('role', '=', role).where('revoked_at', 'is', null).limit(1).executeTakeFirst()) !== undefined
    );
  }

  /** Every token, newest first, as a listing shows it. */
  async list(): Promise<TokenSummary[]> {
    const rows = await this.db.selectFrom('tokens').selectAll().orderBy('created_at', 'desc').execute();
    const now = this.now();
    return rows.map((row) => summary(row, now));
  }

  async get(id: string): Promise<TokenSummary | undefined> {
    const row = await this.db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? summary(row, this.now()) : undefined;
  }

  /** Revokes a token by id; false when it was already revoked (or unknown). Takes effect on the next request. */
  async revoke(id: string, by: string): Promise<boolean> {
    const result = await this.db
      .updateTable('tokens')
      .set({ revoked_at: this.now(), revoked_by: by })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Revokes every active admin token the system registered at start-up except `keep`; returns their ids. */
  async revokeSystemAdminTokensExcept(keep: string, by: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('tokens')
      .select(['id', 'token_hash'])
      .where('role', '=', 'beheerder')
      .where('created_by', '=', SYSTEM_ACTOR)
      .where('revoked_at', 'is', null)
      .where('token_hash', '!=', hashToken(keep))
      .execute();
    const revoked: string[] = [];
    for (const row of rows) {
      const id = row.id ?? 'tok_' + row.token_hash.slice(0, 16);
      if (await this.revoke(id, by)) revoked.push(id);
    }
    return revoked;
  }
}
