/** The responsibility map: per perceel a table municipality × element (WAT and the five HOE elements), overrides highlighted. */
import type { ResponsibilityRow } from './analysis-types';

const DECIDER: Record<string, string> = {
  toegang: 'toegang',
  aanbieder: 'aanbieder',
  'in-overleg': 'in overleg',
  inwoner: 'inwoner',
  niemand: 'niemand',
  dubbel: 'dubbel (toegang én in overleg)',
  'niet-van-toepassing': 'n.v.t.',
};

export function ResponsibilityTable({ rows, gemeenteNaam }: { rows: ResponsibilityRow[]; gemeenteNaam: (id: string) => string }) {
  const percelen = [...new Set(rows.map((r) => r.perceel))];
  return (
    <>
      {percelen.map((perceel) => {
        const mine = rows.filter((r) => r.perceel === perceel);
        const elements = mine[0]?.cells.map((c) => c.element) ?? [];
        return (
          <table key={perceel} className="matrix-table analysis-map">
            <caption>
              Wie beslist — perceel {perceel}
              {mine[0]?.bekostigingsvorm
                ? ` (bekostiging ${mine[0].bekostigingsvorm}${mine[0].uitvoeringsvariant ? `, ${mine[0].uitvoeringsvariant}` : ''})`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Gemeente</th>
                {elements.map((e) => (
                  <th scope="col" key={e}>
                    {e === 'wat' ? 'WAT' : e}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {mine.map((row) => (
                <tr key={row.gemeente}>
                  <th scope="row">{gemeenteNaam(row.gemeente)}</th>
                  {row.cells.map((c) => (
                    <td
                      key={c.element}
                      className={
                        [c.overridden ? 'has-override' : '', c.decider === 'niemand' || c.decider === 'dubbel' ? 'analysis-problem' : '']
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                    >
                      {DECIDER[c.decider] ?? c.decider}
                      {c.overridden && <span className="override"> (afwijking)</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
