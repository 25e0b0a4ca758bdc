/** Home page: pick a region and an as-of date, see the segment matrix, export it (or one segment's policy) for the council. Loads no Monaco. */
import { useEffect, useState } from 'react';
import type { SegmentMatrix } from '../../../../engine/src/policy';
import type { ApiClient } from '../../api/client';
import { ExportButtons } from '../../components/export-buttons';
import { segmentLabel } from '../access-check/access-labels';
import { SegmentMatrixView } from './segment-matrix';

interface RegionSummary {
  id: string;
  naam: string;
}

export interface HomePageProps {
  client: ApiClient;
  today: string;
}

export function HomePage({ client, today }: HomePageProps) {
  const [regions, setRegions] = useState<RegionSummary[]>([]);
  const [region, setRegion] = useState('noord-limburg');
  const [asOf, setAsOf] = useState(today);
  const [matrix, setMatrix] = useState<SegmentMatrix>();
  const [error, setError] = useState<string>();
  const [exportSegment, setExportSegment] = useState('');

  useEffect(() => {
    client
      .get<{ regions: RegionSummary[] }>('/api/regions')
      .then((r) => setRegions(r.regions))
      .catch((e: Error) => setError(e.message));
  }, [client]);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    let current = true;
    client
      .get<SegmentMatrix>(`/api/matrix?region=${encodeURIComponent(region)}&asOf=${asOf}`)
      .then((m) => {
        if (current) {
          setMatrix(m);
          setError(undefined);
        }
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [client, region, asOf]);

  return (
    <main>
      <h1>Segmentmatrix</h1>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="region">Regio</label>
        <select id="region" value={region} onChange={(e) => setRegion(e.target.value)}>
          {regions.length === 0 && <option value={region}>{region}</option>}
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.naam}
            </option>
          ))}
        </select>
        <label htmlFor="asOf">Peildatum</label>
        <input id="asOf" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {matrix && (
        <section className="exports" aria-labelledby="exporteren-kop">
          <h2 id="exporteren-kop">Exporteren voor raad en contract</h2>
          <ExportButtons
            client={client}
            label="Segmentmatrix exporteren"
            path={(format) => `/api/exports/matrix/${format}?region=${encodeURIComponent(region)}&asOf=${asOf}`}
          />
          <div className="toolbar">
            <label htmlFor="export-segment">Segment</label>
            <select id="export-segment" value={exportSegment} onChange={(e) => setExportSegment(e.target.value)}>
              <option value="">Kies een segment</option>
              {matrix.regios.flatMap((r) =>
                r.domeinen.flatMap((d) =>
                  d.segmenten.map((s) => (
                    <option key={s.rulesetId} value={s.rulesetId}>
                      {d.titel} {segmentLabel({ segment: s.segment, title: s.titel })}
                    </option>
                  )),
                ),
              )}
            </select>
          </div>
          <ExportButtons
            client={client}
            label="Volledig beleid van het segment exporteren"
            disabled={exportSegment === ''}
            path={(format) => `/api/exports/rulesets/${exportSegment}/${format}?asOf=${asOf}`}
          />
        </section>
      )}
      {matrix ? <SegmentMatrixView matrix={matrix} /> : !error && <p>Matrix laden…</p>}
    </main>
  );
}
