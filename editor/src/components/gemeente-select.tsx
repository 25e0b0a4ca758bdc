/** "Gemeente": all municipalities of the region, or one of them (Impact and the settlement narrow their cases with it). */
import { useId } from 'react';
import type { Region } from '../../../engine/src/model';

export interface GemeenteSelectProps {
  region: Region | undefined;
  /** A municipality id, or "" for all. */
  value: string;
  onChange: (gemeente: string) => void;
}

export function GemeenteSelect({ region, value, onChange }: GemeenteSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Gemeente</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Alle gemeenten</option>
        {(region?.gemeenten ?? []).map((g) => (
          <option key={g.id} value={g.id}>
            {g.naam}
          </option>
        ))}
      </select>
    </div>
  );
}
