/**
 * The suite cases a draft changes (GET …/drafts/{id}/suite-changes): a tester selects several and judges them at
 * once with one note (POST …/drafts/{id}/beoordelingen). Judgements wait for the draft to be published and can be
 * withdrawn until then.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { count } from './dutch-count';
import { SuiteCaseReview, type ChangedSuiteCase, type Verdict } from './suite-case-review';

interface SuiteChanges {
  revision: number;
  version: number;
  total: number;
  passed: number;
  changed: ChangedSuiteCase[];
}

const MIN_NOTE = 3;
const keyOf = (c: Pick<ChangedSuiteCase, 'suiteId' | 'index'>): string => `${c.suiteId}\u0000${c.index}`;

export function SuiteChangesSection({ client, rulesetId, draftId, mayJudge }: { client: ApiClient; rulesetId: string; draftId: string; mayJudge: boolean }) {
  const [changes, setChanges] = useState<SuiteChanges>();
  const [error, setError] = useState<string>();
  const [noteError, setNoteError] = useState<string>();
  const [lastReview, setLastReview] = useState<string>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { note: useId(), noteError: useId(), all: useId() };
  const base = `/api/rulesets/${rulesetId}`;

  const load = useCallback(async () => {
    try {
      setChanges(await client.get<SuiteChanges>(`${base}/drafts/${draftId}/suite-changes`));
    } catch (e) {
      setError(`De veranderde regressiegevallen konden niet worden geladen: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [client, base, draftId]);
  useEffect(() => void load(), [load]);

  const judge = async (oordeel: Verdict): Promise<void> => {
    if (!changes) return;
    const chosen = changes.changed.filter((c) => selected.has(keyOf(c)));
    if (chosen.length === 0) {
      setNoteError('Selecteer eerst een of meer casussen.');
      return;
    }
    if (note.trim().length < MIN_NOTE) {
      setNoteError(`Toelichting: verplicht, minstens ${MIN_NOTE} tekens.`);
      return;
    }
    setNoteError(undefined);
    setBusy(true);
    try {
      await client.request('POST', `${base}/drafts/${draftId}/beoordelingen`, {
        body: { oordeel, toelichting: note.trim(), revisie: changes.revision, gevallen: chosen.map((c) => ({ suiteId: c.suiteId, index: c.index })) },
      });
      setLastReview(
        oordeel === 'beoogd'
          ? `${count(chosen.length, 'casus')} beoordeeld als beoogd; de verwachtingen volgen wanneer dit concept wordt gepubliceerd.`
          : `${count(chosen.length, 'casus')} gemarkeerd als regressie; publiceren blijft geweigerd zolang ze afwijken.`,
      );
      setSelected(new Set());
      setNote('');
      await load();
    } catch (e) {
      setNoteError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (c: ChangedSuiteCase): Promise<void> => {
    if (!c.beoordeling) return;
    setBusy(true);
    try {
      await client.request('DELETE', `${base}/drafts/${draftId}/beoordelingen/${c.beoordeling.id}`);
      setLastReview(`De beoordeling van “${c.name}” is ingetrokken.`);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const judged = changes?.changed.filter((c) => c.beoordeling && c.beoordelingActueel !== false).length ?? 0;
  const allSelected = !!changes && changes.changed.length > 0 && changes.changed.every((c) => selected.has(keyOf(c)));
  return (
    <section aria-label="Veranderde regressiegevallen">
      <h3>Veranderde regressiegevallen van het concept</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status" className="status">
        {lastReview}
      </p>
      {!changes && !error && <p className="muted">Laden…</p>}
      {changes && changes.changed.length === 0 && (
        <p>
          Geen regressiegevallen veranderen ({changes.passed} van {count(changes.total, 'casus')} slagen).
        </p>
      )}
      {changes && changes.changed.length > 0 && (
        <>
          <p data-testid="suite-changes-count">
            {changes.changed.length} van {count(changes.total, 'casus')} krijgen onder het concept (revisie {changes.revision}, als versie {changes.version})
            een andere uitkomst dan verwacht; {judged} daarvan {judged === 1 ? 'is' : 'zijn'} beoordeeld.
            {!mayJudge && ' Alleen een tester of beheerder kan ze beoordelen.'}
          </p>
          {mayJudge && (
            <fieldset className="batch-review">
              <legend>Geselecteerde casussen beoordelen ({count(selected.size, 'casus')})</legend>
              <div className="field-inline">
                <input
                  id={ids.all}
                  type="checkbox"
                  checked={allSelected}
                  disabled={busy}
                  onChange={(e) => setSelected(e.target.checked ? new Set(changes.changed.map(keyOf)) : new Set())}
                />
                <label htmlFor={ids.all}>Alle {count(changes.changed.length, 'casus')} selecteren</label>
              </div>
              <div className="field">
                <label htmlFor={ids.note}>Toelichting (één voor alle geselecteerde casussen, verplicht)</label>
                <textarea
                  id={ids.note}
                  value={note}
                  rows={2}
                  onChange={(e) => setNote(e.target.value)}
                  aria-invalid={noteError ? true : undefined}
                  aria-describedby={noteError ? ids.noteError : undefined}
                />
              </div>
              {noteError && (
                <p id={ids.noteError} role="alert" className="error">
                  {noteError}
                </p>
              )}
              <div className="toolbar">
                <button type="button" disabled={busy} onClick={() => void judge('beoogd')}>
                  Beoogd
                </button>
                <button type="button" disabled={busy} onClick={() => void judge('regressie')}>
                  Regressie
                </button>
              </div>
            </fieldset>
          )}
          <ul className="suite-changes">
            {changes.changed.map((c) => (
              <SuiteCaseReview
                key={keyOf(c)}
                changed={c}
                selectable={mayJudge}
                selected={selected.has(keyOf(c))}
                busy={busy}
                onSelect={(on) =>
                  setSelected((current) => {
                    const next = new Set(current);
                    if (on) next.add(keyOf(c));
                    else next.delete(keyOf(c));
                    return next;
                  })
                }
                onWithdraw={mayJudge && c.beoordeling ? () => void withdraw(c) : undefined}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
