/**
 * One suite case a draft changes, as a row of the judging list: select it for a judgement (several at once share
 * one note), and see its pending judgement — which waits for the draft to be published and can be withdrawn.
 */
import { useId } from 'react';
import { formatTimestamp } from '../history/format-timestamp';

export type Verdict = 'beoogd' | 'regressie';

export interface PendingReview {
  id: number;
  oordeel: Verdict;
  toelichting: string;
  door: string;
  datum: string;
  revisie: number | null;
  status: string;
}

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
  beoordeling: PendingReview | null;
  beoordelingActueel?: boolean;
}

const codes = (values: readonly string[]): string => (values.length > 0 ? values.join(', ') : 'geen bevindingen');

export interface SuiteCaseReviewProps {
  changed: ChangedSuiteCase;
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onWithdraw?: () => void;
  busy?: boolean;
}

export function SuiteCaseReview({ changed, selectable, selected, onSelect, onWithdraw, busy }: SuiteCaseReviewProps) {
  const id = useId();
  const review = changed.beoordeling;
  return (
    <li className="suite-case-review">
      <p>
        {selectable && (
          <>
            <input id={id} type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} disabled={busy} />{' '}
          </>
        )}
        <label htmlFor={selectable ? id : undefined}>
          <strong>{changed.name}</strong>
        </label>{' '}
        <span className="muted">({changed.suiteId})</span>: verwacht{' '}
        {changed.expected.error ? `fout ${changed.expected.error}` : codes(changed.expected.findings)}, nu{' '}
        {changed.actual.error ? `fout ${changed.actual.error}` : codes(changed.actual.findings)}
      </p>
      {review && (
        <p className="review">
          Beoordeeld als <strong>{review.oordeel}</strong> door {review.door} op {formatTimestamp(review.datum)}
          {review.revisie !== null && <> (revisie {review.revisie})</>}: {review.toelichting}.{' '}
          {changed.beoordelingActueel === false ? (
            <strong>Verouderd: de uitkomst is sinds deze beoordeling veranderd; beoordeel opnieuw.</strong>
          ) : review.oordeel === 'beoogd' ? (
            'Wacht op publicatie van het concept; dan volgt de verwachting.'
          ) : (
            'Publiceren blijft geweigerd zolang deze casus afwijkt.'
          )}{' '}
          {onWithdraw && (
            <button type="button" onClick={onWithdraw} disabled={busy} aria-label={`Beoordeling van “${changed.name}” intrekken`}>
              Intrekken
            </button>
          )}
        </p>
      )}
    </li>
  );
}
