/** Publish dialog: effective date and change note; shows the server's refusal (validation issues, failing regression cases). */
import { useState, type FormEvent } from 'react';
import type { PublishRequest } from '../../../../server/contract';
import { ApiProblemError } from '../../api/client';

export type { PublishRequest };

interface FailingCase {
  suite?: string;
  name?: string;
  expected?: unknown;
  actual?: unknown;
}

export interface PublishDialogProps {
  onPublish: (request: PublishRequest) => Promise<void>;
  onCancel: () => void;
}

export function PublishDialog({ onPublish, onCancel }: PublishDialogProps) {
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [changeNote, setChangeNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; issues: { path: string; message: string }[]; failingCases: FailingCase[] }>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await onPublish({ effectiveFrom, changeNote });
    } catch (e) {
      if (e instanceof ApiProblemError)
        setProblem({
          title: `${e.title}. ${e.detail}`,
          issues: e.issues,
          failingCases: Array.isArray(e.body.failingCases) ? (e.body.failingCases as FailingCase[]) : [],
        });
      else setProblem({ title: e instanceof Error ? e.message : String(e), issues: [], failingCases: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form role="dialog" aria-modal="true" aria-labelledby="publish-title" className="dialog" onSubmit={submit}>
        <h2 id="publish-title">Nieuwe versie publiceren</h2>
        <label htmlFor="effectiveFrom">Ingangsdatum</label>
        <input id="effectiveFrom" type="date" required value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
        <label htmlFor="changeNote">Toelichting op de wijziging</label>
        <textarea id="changeNote" required rows={3} value={changeNote} onChange={(e) => setChangeNote(e.target.value)} />
        {problem && (
          <div role="alert" className="error">
            <p>{problem.title}</p>
            {problem.issues.length > 0 && (
              <ul>
                {problem.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.path && <code>{issue.path}</code>} {issue.message}
                  </li>
                ))}
              </ul>
            )}
            {problem.failingCases.length > 0 && <p>{problem.failingCases.length} regressiegeval(len) falen.</p>}
          </div>
        )}
        <div className="toolbar">
          <button type="submit" disabled={busy}>
            {busy ? 'Bezig met valideren en regressietests…' : 'Publiceren'}
          </button>
          <button type="button" onClick={onCancel}>
            Annuleren
          </button>
        </div>
      </form>
    </div>
  );
}
