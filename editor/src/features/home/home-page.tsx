/** Home page: pick a region and an as-of date, see the segment matrix. Loads no Monaco. */
import { useEffect, useState } from 'react';
import type { SegmentMatrix } from '../../../../engine/src/policy';
import type { ApiClient } from '../../api/client';
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
      {matrix ? <SegmentMatrixView matrix={matrix} /> : !error && <p>Matrix laden…</p>}
    </main>
  );
}
