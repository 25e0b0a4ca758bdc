/** Geschiedenis tab: published versions, open drafts (open, compare or discard — discarding is audited) and the audit trail of the rule set. */
import { useEffect, useState } from 'react';
import { may } from '../../roles';
import { compareHref } from '../compare/compare-choice';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { AuditTrail, type AuditEntry } from './audit-trail';
import { formatTimestamp } from './format-timestamp';
import { VersionTable } from './version-table';

export function HistoryPanel({ workspace }: RulesetTabProps) {
  const { client, rulesetId, info, me } = workspace;
  const [busy, setBusy] = useState<string>();
  const act = async (draftId: string, action: () => Promise<void>): Promise<void> => {
    setBusy(draftId);
    try {
      await action();
    } finally {
      setBusy(undefined);
    }
  };
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    client
      .get<{ entries: AuditEntry[] }>(`/api/audit?target=${encodeURIComponent(rulesetId)}`)
      .then((body) => current && setEntries(body.entries))
      .catch((e: Error) => current && setError(`De audittrail kon niet worden geladen: ${e.message}`));
    return () => {
      current = false;
    };
  }, [client, rulesetId, info]);

  return (
    <div className="history">
      <section aria-label="Versies">
        <h3>Versies</h3>
        <VersionTable versions={info.versions} rulesetId={rulesetId} />
      </section>
      <section aria-label="Concepten">
        <h3>Concepten</h3>
        {info.drafts.length === 0 ? (
          <p className="muted">Geen open concepten.</p>
        ) : (
          <table>
            <caption>Open concepten ({info.drafts.length})</caption>
            <thead>
              <tr>
                <th scope="col">Concept</th>
                <th scope="col">Auteur</th>
                <th scope="col">Gebaseerd op</th>
                <th scope="col">Revisie</th>
                <th scope="col">Laatst gewijzigd</th>
                <th scope="col">Acties</th>
              </tr>
            </thead>
            <tbody>
              {info.drafts.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <code title={d.id}>{d.id.slice(0, 8)}</code>
                  </th>
                  <td>{d.author ?? '—'}</td>
                  <td>{d.baseVersion === null ? '—' : `versie ${d.baseVersion}`}</td>
                  <td>{d.revision}</td>
                  <td>{formatTimestamp(d.updatedAt ?? d.createdAt)}</td>
                  <td className="actions">
                    {workspace.draft?.id === d.id ? (
                      <span className="muted">open in de editor</span>
                    ) : (
                      <button
                        type="button"
                        aria-label={`Openen: concept van ${d.author ?? 'onbekend'}`}
                        disabled={busy !== undefined}
                        onClick={() => void act(d.id, () => workspace.openDraft(d.id))}
                      >
                        Openen
                      </button>
                    )}{' '}
                    <button
                      type="button"
                      aria-label={`Vergelijken: concept van ${d.author ?? 'onbekend'} met versie ${d.baseVersion ?? info.latestVersion}`}
                      disabled={busy !== undefined}
                      onClick={() =>
                        void act(d.id, async () => {
                          if (workspace.draft?.id !== d.id) await workspace.openDraft(d.id);
                          window.location.hash = compareHref(rulesetId, { kind: 'versie', version: d.baseVersion ?? info.latestVersion }, { kind: 'concept' });
                        })
                      }
                    >
                      Vergelijken
                    </button>{' '}
                    {may(me, 'concepten') && (
                      <button
                        type="button"
                        aria-label={`Verwijderen: concept van ${d.author ?? 'onbekend'}`}
                        disabled={busy !== undefined}
                        onClick={() => {
                          if (
                            window.confirm(
                              `Concept van ${d.author ?? 'onbekend'} (revisie ${d.revision}) verwijderen? Openstaande beoordelingen van testers vervallen.`,
                            )
                          )
                            void act(d.id, () => workspace.discardDraft(d.id));
                        }}
                      >
                        Verwijderen
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label="Audittrail">
        <h3>Audittrail</h3>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : entries ? (
          <AuditTrail entries={entries} rulesetId={rulesetId} />
        ) : (
          <p className="muted">Audittrail laden…</p>
        )}
      </section>
    </div>
  );
}
