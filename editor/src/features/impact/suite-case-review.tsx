/**
 * Judge one suite case the draft changes: "beoogd" (intended; the expectation follows) or "regressie"
 * (publishing keeps refusing), always with a note.
 */
import { useId, useState } from 'react';

export type Verdict = 'beoogd' | 'regressie';

/** As GET …/drafts/{draftId}/suite-changes lists it (server/impact-suite-review.ts). */
export interface ChangedSuiteCase {
  suiteId: string;
  index: number;
  name: string;
  expected: { findings: string[]; info?: string[]; error?: string };
  actual: { findings: string[]; info: string[]; missing: string[]; error?: string };
  missing: string[];
  unexpected: string[];
  message?: string;
  beoordeling: { oordeel: Verdict; toelichting: string; door: string; datum: string } | null;
}

const codes = (values: readonly string[]): string => (values.length > 0 ? values.join(', ') : '—');
const MIN_NOTE = 3;

export function SuiteCaseReview({ changed, onReview }: { changed: ChangedSuiteCase; onReview: (verdict: Verdict, note: string) => Promise<void> }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const noteId = useId();
  const errorId = useId();

  const review = async (verdict: Verdict): Promise<void> => {
    if (note.trim().length < MIN_NOTE) {
      setError(`Toelichting: verplicht, minstens ${MIN_NOTE} tekens.`);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await onReview(verdict, note.trim());
      setNote('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="suite-case-review">
      <p>
        <strong>{changed.name}</strong> <span className="muted">({changed.suiteId})</span>: verwacht{' '}
        {changed.expected.error ? `fout ${changed.expected.error}` : codes(changed.expected.findings)}, nu{' '}
        {changed.actual.error ? `fout ${changed.actual.error}` : codes(changed.actual.findings)}
      </p>
      {changed.beoordeling && (
        <p>
          Beoordeeld als <strong>{changed.beoordeling.oordeel}</strong> door {changed.beoordeling.door}: {changed.beoordeling.toelichting}
        </p>
      )}
      <div className="field">
        <label htmlFor={noteId}>Toelichting bij het oordeel over “{changed.name}” (verplicht)</label>
        <textarea
          id={noteId}
          value={note}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      <div className="toolbar">
        <button type="button" disabled={busy} onClick={() => void review('beoogd')}>
          Beoogd
        </button>
        <button type="button" disabled={busy} onClick={() => void review('regressie')}>
          Regressie
        </button>
      </div>
    </li>
  );
}
