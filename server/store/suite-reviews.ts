/** Judgements of changed regression-suite cases (beoogd / regressie) and the suite rewrite an intended change makes, with the audit, in one transaction. */
import { contentHash } from '../../engine/src/json';
import type { RegressionSuite, SuiteExpectation } from '../../engine/src/testing';
import { StoreError } from './store-error';
import type { RuleStore } from './rule-store';
import type { SuiteReviewTable } from './schema';

export type Verdict = 'beoogd' | 'regressie';

/** A judgement as the API shows it. */
export interface SuiteReview {
  id: number;
  suiteId: string;
  index: number;
  naam: string;
  oordeel: Verdict;
  toelichting: string;
  conceptId: string;
  /** The version the draft would become when judged. */
  versie: number;
  door: string;
  datum: string;
  verwachtingVoor: SuiteExpectation;
  uitkomst: SuiteExpectation;
}

export interface StoredSuite {
  id: string;
  suite: RegressionSuite;
  revision: number;
}

function toReview(row: SuiteReviewTable & { id: number }): SuiteReview {
  return {
    id: Number(row.id),
    suiteId: row.suite_id,
    index: row.case_index,
    naam: row.case_name,
    oordeel: row.verdict,
    toelichting: row.note,
    conceptId: row.draft_id,
    versie: row.version,
    door: row.actor,
    datum: row.at,
    verwachtingVoor: JSON.parse(row.expected_before) as SuiteExpectation,
    uitkomst: JSON.parse(row.outcome) as SuiteExpectation,
  };
}

/** One suite of a rule set, with its revision; 404 when unknown. */
export async function getSuite(store: RuleStore, rulesetId: string, suiteId: string): Promise<StoredSuite> {
  const row = await store.db.selectFrom('suites').selectAll().where('ruleset_id', '=', rulesetId).where('id', '=', suiteId).executeTakeFirst();
  if (!row) throw new StoreError('NIET_GEVONDEN', 'Suite niet gevonden', `Regelset ${rulesetId} heeft geen regressiesuite ${suiteId}.`);
  return { id: row.id, suite: JSON.parse(row.document) as RegressionSuite, revision: Number(row.revision) };
}

/** Judgements of a rule set's suite cases, newest first; optionally only those for one draft. */
export async function listSuiteReviews(store: RuleStore, rulesetId: string, draftId?: string): Promise<SuiteReview[]> {
  let query = store.db.selectFrom('suite_reviews').selectAll().where('ruleset_id', '=', rulesetId).orderBy('id', 'desc');
  if (draftId !== undefined) query = query.where('draft_id', '=', draftId);
  return (await query.execute()).map((row) => toReview(row as SuiteReviewTable & { id: number }));
}

/** The audit target of a suite case: under the rule set, so the rule set's audit shows it. */
export function suiteCaseTarget(rulesetId: string, suiteId: string, index: number): string {
  return `${rulesetId}/suites/${encodeURIComponent(suiteId)}/cases/${index}`;
}

/**
 * Records a judgement; for `beoogd`, also writes the suite's new document —
 * only if the suite is still at `suite.revision` (a concurrent rewrite gets
 * VERSIE_GEWIJZIGD, nothing is lost).
 */
export async function recordSuiteReview(
  store: RuleStore,
  rulesetId: string,
  suite: StoredSuite,
  review: Omit<SuiteReview, 'id' | 'suiteId'>,
  newDocument: RegressionSuite | undefined,
): Promise<SuiteReview> {
  return store.db.transaction().execute(async (trx) => {
    if (newDocument) {
      const updated = await trx
        .updateTable('suites')
        .set({ document: JSON.stringify(newDocument), revision: suite.revision + 1 })
        .where('id', '=', suite.id)
        .where('revision', '=', suite.revision)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1)
        throw new StoreError(
          'VERSIE_GEWIJZIGD',
          'De suite is intussen gewijzigd',
          `Iemand anders heeft regressiesuite ${suite.id} intussen bijgewerkt; haal de suite opnieuw op en beoordeel het geval opnieuw. Er is niets gewijzigd.`,
        );
    }
    const inserted = await trx
      .insertInto('suite_reviews')
      .values({
        ruleset_id: rulesetId,
        suite_id: suite.id,
        case_index: review.index,
        case_name: review.naam,
        draft_id: review.conceptId,
        version: review.versie,
        verdict: review.oordeel,
        note: review.toelichting,
        actor: review.door,
        at: review.datum,
        expected_before: JSON.stringify(review.verwachtingVoor),
        outcome: JSON.stringify(review.uitkomst),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await store.appendAudit(trx, {
      actor: review.door,
      action: review.oordeel === 'beoogd' ? 'verwachting-bijgewerkt' : 'regressie-gemarkeerd',
      target: suiteCaseTarget(rulesetId, suite.id, review.index),
      beforeHash: contentHash(review.verwachtingVoor),
      afterHash: contentHash(review.oordeel === 'beoogd' ? review.uitkomst : review.verwachtingVoor),
      detail: { geval: review.naam, oordeel: review.oordeel, toelichting: review.toelichting, concept: review.conceptId, versie: review.versie },
    });
    return { ...review, id: Number(inserted.id), suiteId: suite.id };
  });
}
