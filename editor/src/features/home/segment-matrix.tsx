/** Home: the segment matrix of a region on a date — segments × the four steering elements per perceel, overrides marked with numbered notes. */
import type { SegmentMatrix } from '../../../../engine/src/policy';
import { formatDate } from '../../format';
import { rulesetHref } from '../../route';

const ELEMENTS = [
  ['contract', 'Contractvorm'],
  ['bekostiging', 'Bekostiging'],
  ['leveranciersmanagement', 'Leveranciersmanagement'],
  ['toegang', 'Toegang'],
] as const;

export interface SegmentMatrixViewProps {
  matrix: SegmentMatrix;
}

/** Presentational: renders a matrix as answered by GET /api/matrix. */
export function SegmentMatrixView({ matrix }: SegmentMatrixViewProps) {
  return (
    <div className="matrix">
      {matrix.regios.map((region) => (
        <section key={region.id} aria-label={`Segmentmatrix ${region.naam}`}>
          <h2>
            {region.naam} — beleid op {formatDate(matrix.peildatum)}
          </h2>
          {region.domeinen.map((domain) => (
            <table key={domain.domein} className="matrix-table">
              <caption>{domain.titel}</caption>
              <thead>
                <tr>
                  <th scope="col">Segment</th>
                  <th scope="col">Perceel</th>
                  {ELEMENTS.map(([key, label]) => (
                    <th scope="col" key={key}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {domain.segmenten.flatMap((segment) =>
                  segment.percelen.map((perceel, i) => (
                    <tr key={`${segment.rulesetId}/${perceel.perceel}`}>
                      {i === 0 && (
                        <th scope="row" rowSpan={segment.percelen.length}>
                          <a href={rulesetHref(segment.rulesetId)}>
                            {segment.segment} {segment.titel}
                          </a>
                          <div className="muted">
                            versie {segment.versie}, geldig vanaf {formatDate(segment.geldigVanaf)}
                          </div>
                        </th>
                      )}
                      <td>{perceel.omschrijving ?? perceel.perceel}</td>
                      {ELEMENTS.map(([key]) => {
                        const cell = perceel.elementen[key];
                        return (
                          <td key={key} className={cell.afwijkingen.length > 0 ? 'has-override' : undefined}>
                            <a href={rulesetHref(segment.rulesetId)} className="cell-link">
                              {cell.nietVanToepassing ? <em>niet van toepassing</em> : cell.tekst}
                            </a>
                            {cell.afwijkingen.map((o) => (
                              <div key={o.noot} className="override" title={`Afwijking ${o.gemeenteNaam}`}>
                                <sup>{o.noot}</sup> {o.gemeenteNaam}: {o.tekst}
                              </div>
                            ))}
                          </td>
                        );
                      })}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          ))}
          {region.noten.length > 0 && (
            <>
              <h3>Afwijkingen per gemeente</h3>
              <ol className="notes">
                {region.noten.map((note) => (
                  <li key={note.noot} value={note.noot}>
                    <strong>{note.gemeenteNaam}</strong> ({note.rulesetId}): {note.omschrijving}
                  </li>
                ))}
              </ol>
            </>
          )}
          {region.nietVanKracht.length > 0 && <p className="muted">Nog niet of niet meer van kracht op deze datum: {region.nietVanKracht.join(', ')}.</p>}
        </section>
      ))}
    </div>
  );
}
