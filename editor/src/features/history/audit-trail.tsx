/** The audit trail of a rule set (GET /api/audit?target=…): who did what when, with Dutch action names. */
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../../../server/contract';
import { formatTimestamp } from './format-timestamp';

export type { AuditEntry };

const ACTIONS: Record<string, string> = {
  'concept-aangemaakt': 'Concept aangemaakt',
  'concept-opgeslagen': 'Concept opgeslagen',
  'concept-verwijderd': 'Concept verwijderd',
  gepubliceerd: 'Gepubliceerd',
  'geladen-uit-bestanden': 'Geladen uit de regelbestanden',
  'beoogd-gemarkeerd': 'Beoordeeld als beoogd',
  'regressie-gemarkeerd': 'Gemarkeerd als regressie',
  'beoordeling-ingetrokken': 'Beoordeling ingetrokken',
  'verwachting-bijgewerkt': 'Verwachting bijgewerkt',
};

/** The audit detail in words, for the actions the store writes; other details as compact JSON. */
function describeDetail(entry: AuditEntry): ReactNode {
  const detail = (entry.detail ?? {}) as Record<string, unknown>;
  if (entry.action === 'concept-aangemaakt' && detail.vanVersie !== undefined) return `vanaf versie ${String(detail.vanVersie)}`;
  if (entry.action === 'concept-opgeslagen' && detail.revisie !== undefined) return `revisie ${String(detail.revisie)}`;
  if (entry.action === 'gepubliceerd') return typeof detail.changeNote === 'string' ? detail.changeNote : '';
  if (entry.action === 'concept-verwijderd')
    return [
      detail.revisie !== undefined ? `revisie ${String(detail.revisie)}` : '',
      typeof detail.beoordelingenVervallen === 'number' && detail.beoordelingenVervallen > 0
        ? `${detail.beoordelingenVervallen} ${detail.beoordelingenVervallen === 1 ? 'beoordeling vervallen' : 'beoordelingen vervallen'}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
  if (['beoogd-gemarkeerd', 'regressie-gemarkeerd', 'verwachting-bijgewerkt', 'beoordeling-ingetrokken'].includes(entry.action))
    return [typeof detail.geval === 'string' ? `“${detail.geval}”` : '', typeof detail.toelichting === 'string' ? detail.toelichting : '']
      .filter(Boolean)
      .join(': ');
  return entry.detail === null || entry.detail === undefined ? '' : JSON.stringify(entry.detail);
}

/** "noord-limburg/wmo/S1b/versions/2" → "versie 2" (relative to the rule set). */
function describeTarget(target: string, rulesetId: string): string {
  const rest = target.startsWith(`${rulesetId}/`) ? target.slice(rulesetId.length + 1) : target === rulesetId ? '' : target;
  const version = /^versions\/(\d+)$/.exec(rest);
  if (version) return `versie ${version[1]}`;
  const draft = /^drafts\/(.+)$/.exec(rest);
  if (draft) return `concept ${draft[1].slice(0, 8)}`;
  const suiteCase = /^suites\/([^/]+)\/cases\/(\d+)$/.exec(rest);
  if (suiteCase) return `regressiegeval ${Number(suiteCase[2]) + 1} van ${decodeURIComponent(suiteCase[1])}`;
  return rest || 'regelset';
}

const shortHash = (hash: string | null): string => (hash ? hash.replace(/^sha256:/, '').slice(0, 12) : '—');

export function AuditTrail({ entries, rulesetId }: { entries: AuditEntry[]; rulesetId: string }) {
  if (entries.length === 0) return <p className="muted">Nog geen auditregels voor deze regelset.</p>;
  return (
    <table>
      <caption>Audittrail ({entries.length} regels, nieuwste eerst)</caption>
      <thead>
        <tr>
          <th scope="col">Tijdstip</th>
          <th scope="col">Wie</th>
          <th scope="col">Actie</th>
          <th scope="col">Onderdeel</th>
          <th scope="col">Toelichting</th>
          <th scope="col">Hash voor → na</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id}>
            <td>{formatTimestamp(e.at)}</td>
            <td>{e.actor}</td>
            <td>{ACTIONS[e.action] ?? e.action}</td>
            <td>{describeTarget(e.target, rulesetId)}</td>
            <td>{describeDetail(e)}</td>
            <td>
              <code>{shortHash(e.beforeHash)}</code> → <code>{shortHash(e.afterHash)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
