/**
 * The versioned rule-set store: published versions (immutable), drafts with
 * revisions, suites, tokens, test runs and the append-only audit. It is also
 * the engine's RuleRepository.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { contentHash } from '../../engine/src/json';
import type { RuleRepository } from '../../engine/src/model';
import { parseRuleSetId, type Region, type RuleSetVersion, type SharedRules } from '../../engine/src/model';
import type { RegressionSuite } from '../../engine/src/testing';
import { assertStorableDraft } from '../draft-document';
import { StoreError } from './store-error';
import type { AuditEntry, Draft, RuleSetSummary, VersionMeta } from '../contract';
import type { DatabaseHandle } from './database';
import type { Database, DraftTable, VersionTable } from './schema';

export interface Clock {
  now(): Date;
}

export type { AuditEntry, Draft, RuleSetSummary, VersionMeta };

type Db = Kysely<Database> | Transaction<Database>;

/** The ETag of a draft revision. */
export function draftEtag(draftId: string, revision: number): string {
  return `"${draftId}.${revision}"`;
}

function toVersionMeta(row: VersionTable): VersionMeta {
  return {
    version: row.version,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    contentHash: row.content_hash,
    author: row.author,
    changeNote: row.change_note,
    publishedAt: row.published_at,
  };
}

function toDraft(row: DraftTable): Draft {
  return {
    id: row.id,
    rulesetId: row.ruleset_id,
    baseVersion: row.base_version,
    revision: row.revision,
    etag: draftEtag(row.id, row.revision),
    document: JSON.parse(row.document),
    author: row.author,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class RuleStore implements RuleRepository {
  readonly db: Kysely<Database>;
  /** Parsed documents by content hash: published versions never change, so parsing once is safe across instances. */
  private readonly parsed = new Map<string, RuleSetVersion>();

  constructor(
    readonly handle: DatabaseHandle,
    private readonly clock: Clock = { now: () => new Date() },
  ) {
    this.db = handle.db;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  /** The store's clock (ISO timestamp): publication times and the publication date come from it. */
  currentTime(): string {
    return this.now();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // ── RuleRepository ────────────────────────────────────────────────

  async listRegions(): Promise<Region[]> {
    const rows = await this.db.selectFrom('regions').select('document').orderBy('id').execute();
    return rows.map((r) => JSON.parse(r.document) as Region);
  }

  async listVersions(rulesetId: string): Promise<RuleSetVersion[]> {
    const rows = await this.db.selectFrom('versions').select(['content_hash', 'document']).where('ruleset_id', '=', rulesetId).orderBy('version').execute();
    return rows.map((row) => {
      let document = this.parsed.get(row.content_hash);
      if (!document) {
        document = JSON.parse(row.document) as RuleSetVersion;
        this.parsed.set(row.content_hash, document);
      }
      return document;
    });
  }

  async publicationTimes(rulesetId: string): Promise<Record<number, string>> {
    const rows = await this.db.selectFrom('versions').select(['version', 'published_at']).where('ruleset_id', '=', rulesetId).execute();
    return Object.fromEntries(rows.map((r) => [r.version, r.published_at]));
  }

  async listRuleSetIds(): Promise<string[]> {
    return (await this.db.selectFrom('rulesets').select('id').orderBy('id').execute()).map((r) => r.id);
  }

  async getSharedRules(id: string): Promise<SharedRules | undefined> {
    const row = await this.db.selectFrom('shared_rules').select('document').where('id', '=', id).orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row ? (JSON.parse(row.document) as SharedRules) : undefined;
  }

  // ── Rule sets and versions ────────────────────────────────────────

  async listRuleSets(filter: { region?: string; domain?: string } = {}): Promise<RuleSetSummary[]> {
    let query = this.db
      .selectFrom('rulesets')
      .innerJoin('versions', (j) => j.onRef('versions.ruleset_id', '=', 'rulesets.id').onRef('versions.version', '=', 'rulesets.latest_version'))
      .select(['rulesets.id', 'rulesets.region_id', 'rulesets.domain', 'rulesets.segment', 'rulesets.latest_version', 'versions.document'])
      .orderBy('rulesets.id');
    if (filter.region) query = query.where('rulesets.region_id', '=', filter.region);
    if (filter.domain) query = query.where('rulesets.domain', '=', filter.domain);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      region: r.region_id,
      domain: r.domain,
      segment: r.segment,
      title: (JSON.parse(r.document) as RuleSetVersion).title,
      latestVersion: r.latest_version,
    }));
  }

  async requireRuleSet(id: string): Promise<RuleSetSummary> {
    const [summary] = (await this.listRuleSets()).filter((r) => r.id === id);
    if (!summary) throw new StoreError('NIET_GEVONDEN', 'Regelset niet gevonden', `Er is geen regelset ${id}.`);
    return summary;
  }

  async listVersionMeta(rulesetId: string): Promise<VersionMeta[]> {
    const rows = await this.db.selectFrom('versions').selectAll().where('ruleset_id', '=', rulesetId).orderBy('version').execute();
    return rows.map(toVersionMeta);
  }

  async getVersion(rulesetId: string, version: number): Promise<{ meta: VersionMeta; document: RuleSetVersion }> {
    const row = await this.db.selectFrom('versions').selectAll().where('ruleset_id', '=', rulesetId).where('version', '=', version).executeTakeFirst();
    if (!row) throw new StoreError('NIET_GEVONDEN', 'Versie niet gevonden', `Regelset ${rulesetId} heeft geen versie ${version}.`);
    return { meta: toVersionMeta(row), document: JSON.parse(row.document) as RuleSetVersion };
  }

  // ── Drafts ────────────────────────────────────────────────────────

  async listDrafts(rulesetId: string): Promise<Omit<Draft, 'document'>[]> {
    const rows = await this.db.selectFrom('drafts').selectAll().where('ruleset_id', '=', rulesetId).orderBy('created_at').execute();
    return rows.map((row) => {
      const { document: _document, ...rest } = toDraft(row);
      return rest;
    });
  }

  async createDraft(rulesetId: string, fromVersion: number | undefined, actor: string): Promise<Draft> {
    const summary = await this.requireRuleSet(rulesetId);
    const base = await this.getVersion(rulesetId, fromVersion ?? summary.latestVersion);
    if ((base.document as { referentie?: unknown }).referentie === true)
      throw new StoreError(
        'REFERENTIE_ALLEEN_LEZEN',
        'Referentiebeleid is alleen te lezen',
        `${rulesetId} is referentiebeleid om mee te vergelijken, geen beleid van een gemeente: er kan geen concept van worden gemaakt.`,
      );
    const document = { ...base.document, version: summary.latestVersion + 1 };
    const now = this.now();
    const row: DraftTable = {
      id: randomUUID(),
      ruleset_id: rulesetId,
      base_version: base.meta.version,
      revision: 1,
      document: JSON.stringify(document),
      author: actor,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('drafts').values(row).execute();
      await this.appendAudit(trx, {
        actor,
        action: 'concept-aangemaakt',
        target: `${rulesetId}/drafts/${row.id}`,
        beforeHash: base.meta.contentHash,
        afterHash: contentHash(document),
        detail: { vanVersie: base.meta.version },
      });
    });
    return toDraft(row);
  }

  async getDraft(rulesetId: string, draftId: string, db: Db = this.db): Promise<Draft> {
    const row = await db.selectFrom('drafts').selectAll().where('ruleset_id', '=', rulesetId).where('id', '=', draftId).executeTakeFirst();
    if (!row) throw new StoreError('NIET_GEVONDEN', 'Concept niet gevonden', `Regelset ${rulesetId} heeft geen concept ${draftId}.`);
    return toDraft(row);
  }

  /** Saves a new revision if the document is storable and `expectedEtag` still matches; otherwise nothing changes. */
  async saveDraft(rulesetId: string, draftId: string, document: unknown, expectedEtag: string, actor: string): Promise<Draft> {
    return this.db.transaction().execute(async (trx) => {
      const current = await this.getDraft(rulesetId, draftId, trx);
      if (current.etag !== expectedEtag) throw staleError(current);
      // A save stores a document every reader can read, or nothing (no revision, no audit entry).
      assertStorableDraft(document);
      const updatedAt = this.now();
      const result = await trx
        .updateTable('drafts')
        .set({ document: JSON.stringify(document), revision: current.revision + 1, updated_at: updatedAt })
        .where('id', '=', draftId)
        .where('revision', '=', current.revision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleError(await this.getDraft(rulesetId, draftId, trx));
      await this.appendAudit(trx, {
        actor,
        action: 'concept-opgeslagen',
        target: `${rulesetId}/drafts/${draftId}`,
        beforeHash: contentHash(current.document),
        afterHash: contentHash(document),
        detail: { revisie: current.revision + 1 },
      });
      return { ...current, document, revision: current.revision + 1, etag: draftEtag(draftId, current.revision + 1), updatedAt };
    });
  }

  async deleteDraft(rulesetId: string, draftId: string, expectedEtag: string | undefined, actor: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const current = await this.getDraft(rulesetId, draftId, trx);
      if (expectedEtag !== undefined && current.etag !== expectedEtag) throw staleError(current);
      await trx.deleteFrom('drafts').where('id', '=', draftId).execute();
      // The draft's pending judgements go with it: they never reach the suites.
      const lapsed = await trx
        .updateTable('suite_reviews')
        .set({ status: 'vervallen' })
        .where('ruleset_id', '=', rulesetId)
        .where('draft_id', '=', draftId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      await this.appendAudit(trx, {
        actor,
        action: 'concept-verwijderd',
        target: `${rulesetId}/drafts/${draftId}`,
        beforeHash: contentHash(current.document),
        afterHash: null,
        detail: { revisie: current.revision, vanVersie: current.baseVersion, beoordelingenVervallen: Number(lapsed.numUpdatedRows) },
      });
    });
  }

  /**
   * Publishes a checked document as the next version, removing the draft, in
   * one transaction. The version number comes from incrementing
   * rulesets.latest_version under its row lock, so concurrent publishers
   * (also other instances on PostgreSQL) get gap-free, unique numbers.
   */
  async publishDraft(
    rulesetId: string,
    draft: Draft,
    document: RuleSetVersion,
    changeNote: string,
    actor: string,
    /** Runs in the publish transaction once the version number is known (the draft's judgements take effect here). */
    alsoInTransaction?: (trx: Transaction<Database>, version: number) => Promise<void>,
    /** Publishing with retroactive effect (terugwerkendeKracht): the reason, the period and the suite cases it changes, for the audit. */
    retroactive?: { reden: string; periode: { van: string; tot: string }; gewijzigdeSuitegevallen: number },
  ): Promise<VersionMeta> {
    return this.db.transaction().execute(async (trx) => {
      // Removing the draft is the first statement: it takes the draft's row (PostgreSQL) or the write lock (SQLite),
      // so of several publishes of one draft exactly one removes it; the others wait here and then remove nothing.
      const removed = await trx
        .deleteFrom('drafts')
        .where('ruleset_id', '=', rulesetId)
        .where('id', '=', draft.id)
        .where('revision', '=', draft.revision)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) !== 1) {
        const now = await trx.selectFrom('drafts').selectAll().where('ruleset_id', '=', rulesetId).where('id', '=', draft.id).executeTakeFirst();
        if (now) throw staleError(toDraft(now));
        throw await this.alreadyPublishedError(rulesetId, draft.id, trx);
      }
      const current = draft;
      const bumped = await trx
        .updateTable('rulesets')
        .set((eb) => ({ latest_version: eb('latest_version', '+', 1) }))
        .where('id', '=', rulesetId)
        .returning('latest_version')
        .executeTakeFirstOrThrow();
      const published = { ...document, version: bumped.latest_version, changeNote };
      const hash = contentHash(published);
      const row: VersionTable = {
        ruleset_id: rulesetId,
        version: bumped.latest_version,
        effective_from: published.effectiveFrom,
        effective_to: published.effectiveTo ?? null,
        content_hash: hash,
        document: JSON.stringify(published),
        author: actor,
        change_note: changeNote,
        published_at: this.now(),
      };
      await trx.insertInto('versions').values(row).execute();
      if (alsoInTransaction) await alsoInTransaction(trx, row.version);
      await this.appendAudit(trx, {
        actor,
        action: 'gepubliceerd',
        target: `${rulesetId}/versions/${row.version}`,
        beforeHash: contentHash(current.document),
        afterHash: hash,
        detail: { concept: draft.id, effectiveFrom: row.effective_from, changeNote, ...(retroactive ? { terugwerkendeKracht: retroactive } : {}) },
      });
      return toVersionMeta(row);
    });
  }

  /** 409 for a draft that is gone: published (naming the version) or deleted meanwhile. */
  async alreadyPublishedError(rulesetId: string, draftId: string, db: Db = this.db): Promise<StoreError> {
    const rows = await db
      .selectFrom('audit')
      .select(['target', 'detail'])
      .where('action', '=', 'gepubliceerd')
      .where(targetUnder(`${rulesetId}/versions`))
      .orderBy('id', 'desc')
      .limit(50)
      .execute();
    const published = rows.find((r) => r.detail && (JSON.parse(r.detail) as { concept?: string }).concept === draftId);
    if (published) {
      const version = published.target.slice(published.target.lastIndexOf('/') + 1);
      return new StoreError(
        'CONCEPT_AL_GEPUBLICEERD',
        'Het concept is al gepubliceerd',
        `Concept ${draftId} is al gepubliceerd als versie ${version}; het is niet nog een keer gepubliceerd. Maak een nieuw concept voor een volgende wijziging.`,
        [],
        { version: Number(version) },
      );
    }
    return new StoreError(
      'CONCEPT_AL_GEPUBLICEERD',
      'Het concept bestaat niet meer',
      `Concept ${draftId} is intussen verwijderd of gepubliceerd; er is niets gepubliceerd.`,
    );
  }

  // ── Suites ────────────────────────────────────────────────────────

  async listSuites(rulesetId: string): Promise<{ id: string; suite: RegressionSuite }[]> {
    const rows = await this.db.selectFrom('suites').selectAll().where('ruleset_id', '=', rulesetId).orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, suite: JSON.parse(r.document) as RegressionSuite }));
  }

  // ── Audit ─────────────────────────────────────────────────────────

  async appendAudit(db: Db, entry: Omit<AuditEntry, 'id' | 'at'>): Promise<void> {
    await db
      .insertInto('audit')
      .values({
        at: this.now(),
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        before_hash: entry.beforeHash,
        after_hash: entry.afterHash,
        detail: entry.detail === null || entry.detail === undefined ? null : JSON.stringify(entry.detail),
      })
      .execute();
  }

  async listAudit(filter: { target?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    let query = this.db
      .selectFrom('audit')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 200);
    if (filter.target) {
      const target = filter.target;
      query = query.where((eb) => eb.or([eb('target', '=', target), targetUnder(target)]));
    }
    const rows = await query.execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      beforeHash: r.before_hash,
      afterHash: r.after_hash,
      detail: r.detail ? JSON.parse(r.detail) : null,
    }));
  }

  // ── Seeding and export ────────────────────────────────────────────

  async isEmpty(): Promise<boolean> {
    const row = await this.db
      .selectFrom('rulesets')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n) === 0;
  }

  /** Loads regions, shared rules, every version and the suites in one transaction (first start). */
  async seed(
    data: { regions: Region[]; shared: SharedRules[]; versions: RuleSetVersion[]; suites: { id: string; rulesetId: string; suite: RegressionSuite }[] },
    actor: string,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const now = this.now();
      for (const region of data.regions)
        await trx
          .insertInto('regions')
          .values({ id: region.id, document: JSON.stringify(region) })
          .execute();
      for (const lib of data.shared)
        await trx
          .insertInto('shared_rules')
          .values({ id: lib.id, version: lib.version, content_hash: contentHash(lib), document: JSON.stringify(lib) })
          .execute();
      const latest = new Map<string, number>();
      for (const v of data.versions) latest.set(v.id, Math.max(latest.get(v.id) ?? 0, v.version));
      for (const [id, version] of latest) {
        const { region, domain, segment } = parseRuleSetId(id);
        await trx.insertInto('rulesets').values({ id, region_id: region, domain, segment, latest_version: version, created_at: now }).execute();
      }
      for (const v of data.versions) {
        await trx
          .insertInto('versions')
          .values({
            ruleset_id: v.id,
            version: v.version,
            effective_from: v.effectiveFrom,
            effective_to: v.effectiveTo ?? null,
            content_hash: contentHash(v),
            document: JSON.stringify(v),
            author: actor,
            change_note: v.changeNote ?? '',
            // Loaded from files: the real publication time is unknown; the version counts as known from when it took effect.
            published_at: seededPublicationTime(v.effectiveFrom, now),
          })
          .execute();
      }
      for (const s of data.suites)
        await trx
          .insertInto('suites')
          .values({ id: s.id, ruleset_id: s.rulesetId, document: JSON.stringify(s.suite) })
          .execute();
      await this.appendAudit(trx, {
        actor,
        action: 'geladen-uit-bestanden',
        target: 'store',
        beforeHash: null,
        afterHash: null,
        detail: { regelsets: latest.size, versies: data.versions.length, suites: data.suites.length },
      });
    });
  }

  /** Every published version as stored, for `sturing export`. */
  async allVersions(): Promise<RuleSetVersion[]> {
    const rows = await this.db.selectFrom('versions').select('document').orderBy('ruleset_id').orderBy('version').execute();
    return rows.map((r) => JSON.parse(r.document) as RuleSetVersion);
  }

  async allSharedRules(): Promise<SharedRules[]> {
    const rows = await this.db.selectFrom('shared_rules').select('document').orderBy('id').orderBy('version').execute();
    return rows.map((r) => JSON.parse(r.document) as SharedRules);
  }
}

/** Escapes LIKE wildcards (% and _) and the escape character itself; use with `escape '\\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function seededPublicationTime(effectiveFrom: string, now: string): string {
  const from = `${effectiveFrom}T00:00:00.000Z`;
  return from < now ? from : now;
}

/** `target LIKE 'prefix/%'` with the prefix's own % and _ taken literally (both dialects). */
function targetUnder(prefix: string) {
  return sql<boolean>`target like ${escapeLike(prefix) + '/%'} escape '\\'`;
}

function staleError(current: Draft): StoreError {
  return new StoreError(
    'VERSIE_GEWIJZIGD',
    'Het concept is intussen gewijzigd',
    `Het concept is sinds uw laatste versie opnieuw opgeslagen (nu revisie ${current.revision}). Haal de nieuwste versie op en voeg uw wijzigingen samen; er is niets verloren gegaan.`,
    [],
    { currentEtag: current.etag, currentRevision: current.revision, currentDocument: current.document },
  );
}
