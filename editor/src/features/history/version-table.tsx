/** The published versions of a rule set, newest first, each with a link to compare it with its predecessor. */
import { formatDate } from '../../format';
import { compareHref } from '../compare/compare-choice';
import type { VersionMeta } from '../ruleset-editor/workspace';
import { formatTimestamp } from './format-timestamp';

export function VersionTable({ versions, rulesetId }: { versions: VersionMeta[]; rulesetId: string }) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <table>
      <caption>Gepubliceerde versies ({versions.length})</caption>
      <thead>
        <tr>
          <th scope="col">Versie</th>
          <th scope="col">Geldig vanaf</th>
          <th scope="col">Geldig tot en met</th>
          <th scope="col">Auteur</th>
          <th scope="col">Toelichting op de wijziging</th>
          <th scope="col">Gepubliceerd</th>
          <th scope="col">Inhoudshash</th>
          <th scope="col">Vergelijken</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((v) => {
          const predecessor = versions.some((p) => p.version === v.version - 1);
          return (
            <tr key={v.version}>
              <th scope="row">{v.version}</th>
              <td>{formatDate(v.effectiveFrom)}</td>
              <td>{v.effectiveTo ? formatDate(v.effectiveTo) : 'geen einddatum'}</td>
              <td>{v.author ?? '—'}</td>
              <td>{v.changeNote}</td>
              <td>{formatTimestamp(v.publishedAt)}</td>
              <td>
                <code title={v.contentHash}>{v.contentHash.replace(/^sha256:/, '').slice(0, 12)}</code>
              </td>
              <td>
                {predecessor ? (
                  <a href={compareHref(rulesetId, { kind: 'versie', version: v.version - 1 }, { kind: 'versie', version: v.version })}>
                    Vergelijk met versie {v.version - 1}
                  </a>
                ) : (
                  <span className="muted">eerste versie</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
