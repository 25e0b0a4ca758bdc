/** Geschiedenis tab: published versions, open drafts and the audit trail of the rule set. */
import { useEffect, useState } from 'react';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { AuditTrail, type AuditEntry } from './audit-trail';
import { formatTimestamp } from './format-timestamp';
import { VersionTable } from './version-table';

export function HistoryPanel({ workspace }: RulesetTabProps) {
  const { client, rulesetId, info } = workspace;
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
