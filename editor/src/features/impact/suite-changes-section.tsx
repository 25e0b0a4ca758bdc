/** The suite cases a draft changes (GET …/drafts/{id}/suite-changes), each to be judged beoogd or regressie by a tester. */
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { SuiteCaseReview, type ChangedSuiteCase, type Verdict } from './suite-case-review';

interface SuiteChanges {
  version: number;
  total: number;
  passed: number;
  changed: ChangedSuiteCase[];
}

export function SuiteChangesSection({ client, rulesetId, draftId, mayJudge }: { client: ApiClient; rulesetId: string; draftId: string; mayJudge: boolean }) {
  const [changes, setChanges] = useState<SuiteChanges>();
  const [error, setError] = useState<string>();
  const [lastReview, setLastReview] = useState<string>();
  const base = `/api/rulesets/${rulesetId}`;

  const load = useCallback(async () => {
    try {
      setChanges(await client.get<SuiteChanges>(`${base}/drafts/${draftId}/suite-changes`));
    } catch (e) {
      setError(`De veranderde regressiegevallen konden niet worden geladen: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [client, base, draftId]);
  useEffect(() => void load(), [load]);

  const review = async (changed: ChangedSuiteCase, oordeel: Verdict, toelichting: string): Promise<void> => {
    await client.request('POST', `${base}/suites/${encodeURIComponent(changed.suiteId)}/cases/${changed.index}/beoordeling`, {
      body: { oordeel, toelichting, draftId },
    });
    setLastReview(
      oordeel === 'beoogd'
        ? `“${changed.name}” is beoordeeld als beoogd: de verwachting in de suite is bijgewerkt voor versie ${changes?.version ?? ''}.`
        : `“${changed.name}” is gemarkeerd als regressie: publiceren blijft geweigerd zolang deze casus afwijkt.`,
    );
    await load();
  };

  return (
    <section aria-label="Veranderde regressiegevallen">
      <h3>Veranderde regressiegevallen van het concept</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {lastReview && (
        <p role="status" className="status">
          {lastReview}
        </p>
      )}
      {!changes && !error && <p className="muted">Laden…</p>}
      {changes && changes.changed.length === 0 && (
        <p>
          Geen regressiegevallen veranderen ({changes.passed} van {changes.total} slagen).
        </p>
      )}
      {changes && changes.changed.length > 0 && (
        <>
          <p>
            {changes.changed.length} van {changes.total} regressiegevallen krijgen onder het concept (versie {changes.version}) een andere uitkomst dan
            verwacht.
            {!mayJudge && ' Alleen een tester of beheerder kan ze beoordelen.'}
          </p>
          <ul className="suite-changes">
            {changes.changed.map((c) =>
              mayJudge ? (
                <SuiteCaseReview key={`${c.suiteId}/${c.index}`} changed={c} onReview={(verdict, note) => review(c, verdict, note)} />
              ) : (
                <li key={`${c.suiteId}/${c.index}`}>{c.name}</li>
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
