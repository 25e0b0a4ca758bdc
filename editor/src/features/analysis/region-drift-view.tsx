/** Couleur locale at a glance: municipalities × steering elements with the number of values each override changes, and the changes with their source. */
import type { RegionDrift } from './analysis-types';

const ELEMENTS = ['contract', 'bekostiging', 'leveranciersmanagement', 'toegang'] as const;

export function RegionDriftView({ drift, gemeenteNaam }: { drift: RegionDrift; gemeenteNaam: (id: string) => string }) {
  const max = Math.max(1, ...Object.values(drift.totals).flatMap((s) => ELEMENTS.map((e) => s[e])));
  return (
    <section aria-label="Couleur locale in de regio">
      <table className="matrix-table drift-table">
        <caption>Afwijkende beleidswaarden per gemeente en sturingselement (laatste versie van elke regelset)</caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            {ELEMENTS.map((e) => (
              <th scope="col" key={e}>
                {e}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {drift.gemeenten.map((g) => (
            <tr key={g}>
              <th scope="row">{gemeenteNaam(g)}</th>
              {ELEMENTS.map((e) => {
                const n = drift.totals[g]?.[e] ?? 0;
                return (
                  <td key={e} className={n > 0 ? 'has-override' : undefined} style={n > 0 ? { fontWeight: n === max ? 700 : 600 } : undefined}>
                    {n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Wijzigingen ten opzichte van het regionale beleid</h4>
      {drift.entries.length === 0 ? (
        <p>Geen gemeente wijkt af.</p>
      ) : (
        <ul className="drift-changes">
          {drift.entries.flatMap((entry) =>
            entry.changes.map((c) => (
              <li key={`${entry.rulesetId}-${entry.version}-${entry.gemeente}-${c.pointer}`}>
                <strong>{gemeenteNaam(entry.gemeente)}</strong> — {entry.rulesetId} v{entry.version}: <code>{c.pointer}</code> {JSON.stringify(c.baseline)} →{' '}
                {JSON.stringify(c.value)}
                {c.source[0] && <span className="muted"> (bron: {c.source[0].passage})</span>}
              </li>
            )),
          )}
        </ul>
      )}
    </section>
  );
}
