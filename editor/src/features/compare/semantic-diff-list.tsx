/** The semantic diff as a Dutch list, grouped by area (versie, beleid, afwijkingen, regels, bronnen). */
import type { SemanticArea, SemanticChange } from '../../../../engine/src/policy';

const AREA_TITLES: Record<SemanticArea, string> = {
  versie: 'Versiegegevens',
  beleid: 'Regionaal beleid',
  afwijking: 'Afwijkingen per gemeente',
  regel: 'Regels',
  bronnen: 'Bronnen',
};

export function SemanticDiffList({ changes }: { changes: SemanticChange[] }) {
  if (changes.length === 0) return <p className="muted">Geen inhoudelijke verschillen.</p>;
  const areas = (Object.keys(AREA_TITLES) as SemanticArea[]).filter((area) => changes.some((c) => c.area === area));
  return (
    <div className="semantic-diff">
      {areas.map((area) => (
        <section key={area} aria-label={AREA_TITLES[area]}>
          <h4>{AREA_TITLES[area]}</h4>
          <ul>
            {changes
              .filter((c) => c.area === area)
              .map((c, i) => (
                <li key={i} title={c.pointer}>
                  {c.text}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
