/**
 * Judgements of changed regression-suite cases (beoogd / regressie). A
 * judgement belongs to a draft and the draft revision it was made on: it is
 * pending (`open`) until that draft is published — then an intended change
 * rewrites the suite's expectation, in the publish transaction — can be
 * withdrawn before then, and lapses (`vervallen`) when the draft is
 * discarded. Every change is audited in the same transaction.
 */
import type { Transaction } from 'kysely';
import { contentHash } from '../../engine/src/json';
import type { RegressionSuite, SuiteCase, SuiteExpectation } from '../../engine/src/testing';
import { StoreError } from './store-error';
import type { RuleStore } from './rule-store';
import type { Database, ReviewStatus, SuiteReviewTable } from './schema';

export type Verdict = 'beoogd' | 'regressie';
export type { ReviewStatus };

/** A judgement as the API shows it. */
export interface SuiteReview {
  id: number;
  suiteId: string;
  index: number;
  naam: string;
  oordeel: Verdict;
  toelichting: string;
  conceptId: string;
  /** The draft revision judged (null for judgements recorded before revisions were kept). */
  revisie: number | null;
  /** The version the draft would become when judged. */
  versie: number;
  door: string;
  datum: string;
  verwachtingVoor: SuiteExpectation;
  uitkomst: SuiteExpectation;
  /** open: pending until the draft is published; ingetrokken; vervangen (a newer judgement of the case); vervallen (draft discarded); toegepast (published). */
  status: ReviewStatus;
}

export interface StoredSuite {
  id: string;
  suite: RegressionSuite;
  revision: number;
}

type Row = SuiteReviewTable & { id: number; status: ReviewStatus };

function toReview(row: Row): SuiteReview {
  return {
    id: Number(row.id),
    suiteId: row.suite_id,
    index: row.case_index,
    naam: row.case_name,
    oordeel: row.verdict,
    toelichting: row.note,
    conceptId: row.draft_id,
    revisie: row.draft_revision === null ? null : Number(row.draft_revision),
    versie: row.version,
    door: row.actor,
    datum: row.at,
    verwachtingVoor: JSON.parse(row.expected_before) as SuiteExpectation,
    uitkomst: JSON.parse(row.outcome) as SuiteExpectation,
    status: row.status,
  };
}

/** The key of a suite case in maps: suite id + NUL + index. */
export function caseKey(suiteId: string, index: number): string {
  return `${suiteId}\u0000${index}`;
}

/** One suite of a rule set, with its revision; 404 when unknown. */
export async function getSuite(store: RuleStore, rulesetId: string, suiteId: string): Promise<StoredSuite> {
  const row = await store.db.selectFrom('suites').selectAll().where('ruleset_id', '=', rulesetId).where('id', '=', suiteId).executeTakeFirst();
  if (!row) throw new StoreError('NIET_GEVONDEN', 'Suite niet gevonden', `Regelset ${rulesetId} heeft geen regressiesuite ${suiteId}.`);
  return { id: row.id, suite: JSON.parse(row.document) as RegressionSuite, revision: Number(row.revision) };
}

/** Judgements of a rule set's suite cases, newest first; optionally only those for one draft and/or of some statuses. */
export async function listSuiteReviews(
  store: RuleStore,
  rulesetId: string,
  draftId?: string,
  statuses?: ReviewStatus[],
  db: RuleStore['db'] | Transaction<Database> = store.db,
): Promise<SuiteReview[]> {
  let query = db.selectFrom('suite_reviews').selectAll().where('ruleset_id', '=', rulesetId).orderBy('id', 'desc');
  if (draftId !== undefined) query = query.where('draft_id', '=', draftId);
  if (statuses) query = query.where('status', 'in', statuses);
  return (await query.execute()).map((row) => toReview(row as Row));
}

/** The pending judgement per case of a draft (at most one: a newer one replaces the older). */
export async function pendingReviews(store: RuleStore, rulesetId: string, draftId: string): Promise<Map<string, SuiteReview>> {
  const pending = new Map<string, SuiteReview>();
  for (const review of await listSuiteReviews(store, rulesetId, draftId, ['open'])) {
    const key = caseKey(review.suiteId, review.index);
    if (!pending.has(key)) pending.set(key, review);
  }
  return pending;
}

/** The audit target of a suite case: under the rule set, so the rule set's audit shows it. */
export function suiteCaseTarget(rulesetId: string, suiteId: string, index: number): string {
  return `${rulesetId}/suites/${encodeURIComponent(suiteId)}/cases/${index}`;
}

export type NewReview = Omit<SuiteReview, 'id' | 'status'>;

/**
 * Records judgements (pending) in one transaction; a judgement replaces the
 * pending one of the same case for the same draft. The suites are not
 * touched: that happens when the draft is published.
 */
export async function recordSuiteReviews(store: RuleStore, rulesetId: string, reviews: NewReview[]): Promise<SuiteReview[]> {
  return store.db.transaction().execute(async (trx) => {
    const recorded: SuiteReview[] = [];
    for (const review of reviews) {
      await trx
        .updateTable('suite_reviews')
        .set({ status: 'vervangen' as ReviewStatus })
        .where('ruleset_id', '=', rulesetId)
        .where('draft_id', '=', review.conceptId)
        .where('suite_id', '=', review.suiteId)
        .where('case_index', '=', review.index)
        .where('status', '=', 'open')
        .execute();
      const inserted = await trx
        .insertInto('suite_reviews')
        .values({
          ruleset_id: rulesetId,
          suite_id: review.suiteId,
          case_index: review.index,
          case_name: review.naam,
          draft_id: review.conceptId,
          draft_revision: review.revisie,
          version: review.versie,
          verdict: review.oordeel,
          note: review.toelichting,
          actor: review.door,
          at: review.datum,
          expected_before: JSON.stringify(review.verwachtingVoor),
          outcome: JSON.stringify(review.uitkomst),
          status: 'open',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await store.appendAudit(trx, {
        actor: review.door,
        action: review.oordeel === 'beoogd' ? 'beoogd-gemarkeerd' : 'regressie-gemarkeerd',
        target: suiteCaseTarget(rulesetId, review.suiteId, review.index),
        beforeHash: contentHash(review.verwachtingVoor),
        afterHash: contentHash(review.verwachtingVoor),
        detail: {
          geval: review.naam,
          oordeel: review.oordeel,
          toelichting: review.toelichting,
          concept: review.conceptId,
          revisie: review.revisie,
          versie: review.versie,
        },
      });
      recorded.push({ ...review, id: Number(inserted.id), status: 'open' });
    }
    return recorded;
  });
}

/** Withdraws a pending judgement of a draft (testen); 404 when unknown, 409 when it is no longer pending. */
export async function withdrawSuiteReview(store: RuleStore, rulesetId: string, draftId: string, reviewId: number, actor: string): Promise<SuiteReview> {
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('suite_reviews')
      .selectAll()
      .where('ruleset_id', '=', rulesetId)
      .where('draft_id', '=', draftId)
      .where('id', '=', reviewId)
      .executeTakeFirst();
    if (!row) throw new StoreError('NIET_GEVONDEN', 'Beoordeling niet gevonden', `Concept ${draftId} heeft geen beoordeling ${reviewId}.`);
    const review = toReview(row as Row);
    const updated = await trx
      .updateTable('suite_reviews')
      .set({ status: 'ingetrokken' as ReviewStatus })
      .where('id', '=', reviewId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new StoreError(
        'BEOORDELING_NIET_OPEN',
        'Deze beoordeling kan niet meer worden ingetrokken',
        `Beoordeling ${reviewId} van "${review.naam}" is ${STATUS_WORDS[review.status]}; alleen een openstaande beoordeling kan worden ingetrokken.`,
      );
    await store.appendAudit(trx, {
      actor,
      action: 'beoordeling-ingetrokken',
      target: suiteCaseTarget(rulesetId, review.suiteId, review.index),
      beforeHash: null,
      afterHash: null,
      detail: { geval: review.naam, oordeel: review.oordeel, concept: draftId, beoordeling: reviewId },
    });
    return { ...review, status: 'ingetrokken' };
  });
}

const STATUS_WORDS: Record<ReviewStatus, string> = {
  open: 'openstaand',
  ingetrokken: 'al ingetrokken',
  vervangen: 'vervangen door een nieuwere beoordeling',
  vervallen: 'vervallen met het verwijderde concept',
  toegepast: 'al toegepast bij de publicatie',
};

/**
 * Inside the publish transaction: rewrites each accepted case's expectation
 * (keeping the old one in `wijzigingen` for `version`), marks those
 * judgements applied and every other pending judgement of the draft lapsed.
 * Refuses (VERSIE_GEWIJZIGD) when an accepted judgement is no longer pending.
 */
export async function applyReviewsAtPublish(
  trx: Transaction<Database>,
  store: RuleStore,
  rulesetId: string,
  draftId: string,
  version: number,
  accepted: SuiteReview[],
): Promise<void> {
  const bySuite = new Map<string, SuiteReview[]>();
  for (const review of accepted) bySuite.set(review.suiteId, [...(bySuite.get(review.suiteId) ?? []), review]);
  for (const [suiteId, reviews] of bySuite) {
    const row = await trx.selectFrom('suites').selectAll().where('ruleset_id', '=', rulesetId).where('id', '=', suiteId).executeTakeFirstOrThrow();
    const suite = JSON.parse(row.document) as RegressionSuite;
    const cases: SuiteCase[] = suite.cases.map((c, index) => {
      const review = reviews.find((r) => r.index === index);
      if (!review) return c;
      return {
        ...c,
        expect: review.uitkomst,
        wijzigingen: [
          ...(c.wijzigingen ?? []),
          { versie: version, concept: draftId, toelichting: review.toelichting, door: review.door, datum: review.datum, vorigeVerwachting: c.expect },
        ],
      };
    });
    await trx
      .updateTable('suites')
      .set({ document: JSON.stringify({ ...suite, cases }), revision: Number(row.revision) + 1 })
      .where('id', '=', suiteId)
      .where('revision', '=', Number(row.revision))
      .execute();
    for (const review of reviews) {
      const marked = await trx
        .updateTable('suite_reviews')
        .set({ status: 'toegepast' as ReviewStatus, version })
        .where('id', '=', review.id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1)
        throw new StoreError(
          'VERSIE_GEWIJZIGD',
          'De beoordelingen zijn intussen gewijzigd',
          `De beoordeling van "${review.naam}" is intussen ingetrokken of vervangen; controleer de regressietests opnieuw en publiceer dan. Er is niets gepubliceerd.`,
        );
      await store.appendAudit(trx, {
        actor: review.door,
        action: 'verwachting-bijgewerkt',
        target: suiteCaseTarget(rulesetId, suiteId, review.index),
        beforeHash: contentHash(review.verwachtingVoor),
        afterHash: contentHash(review.uitkomst),
        detail: { geval: review.naam, oordeel: 'beoogd', toelichting: review.toelichting, concept: draftId, versie: version, beoordeling: review.id },
      });
    }
  }
  await trx
    .updateTable('suite_reviews')
    .set({ status: 'vervallen' as ReviewStatus })
    .where('ruleset_id', '=', rulesetId)
    .where('draft_id', '=', draftId)
    .where('status', '=', 'open')
    .execute();
}
