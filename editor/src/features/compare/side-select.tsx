/** A labelled select of one side — a published version or the editor's text (concept) — used by Vergelijken, Regressietests and Impact. */
import { useId } from 'react';
import { formatDate } from '../../format';
import type { VersionMeta } from '../ruleset-editor/workspace';
import { formatSide, parseSide, type CompareSide } from './compare-choice';

/** The concept option where a run needs the text saved first (Regressietests, Impact). */
export const DRAFT_TARGET_LABEL = 'Concept (tekst in de editor; wordt eerst opgeslagen)';

export interface SideSelectProps {
  label: string;
  value: CompareSide;
  versions: VersionMeta[];
  onChange: (side: CompareSide) => void;
  /** How the concept option reads; without it the concept is not offered. */
  conceptLabel?: string;
  /** Read-only reference policies to offer (Vergelijken), with their titles. */
  references?: { rulesetId: string; title: string }[];
  disabled?: boolean;
}

/** "Versie 2 (geldig vanaf 1 januari 2024)" or the concept label. */
export function sideLabel(
  side: CompareSide,
  versions: VersionMeta[],
  conceptLabel = 'Concept',
  references: { rulesetId: string; title: string }[] = [],
): string {
  if (side.kind === 'concept') return conceptLabel;
  if (side.kind === 'referentie') return `Referentiebeleid: ${references.find((r) => r.rulesetId === side.rulesetId)?.title ?? side.rulesetId}`;
  const meta = versions.find((v) => v.version === side.version);
  return `Versie ${side.version}${meta ? ` (geldig vanaf ${formatDate(meta.effectiveFrom)})` : ''}`;
}

export function SideSelect({ label, value, versions, onChange, conceptLabel, references = [], disabled }: SideSelectProps) {
  const id = useId();
  const sides: CompareSide[] = [
    ...[...versions].reverse().map((v) => ({ kind: 'versie' as const, version: v.version })),
    ...(conceptLabel ? [{ kind: 'concept' as const }] : []),
    ...references.map((r) => ({ kind: 'referentie' as const, rulesetId: r.rulesetId })),
  ];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={formatSide(value)} onChange={(e) => onChange(parseSide(e.target.value) ?? value)} disabled={disabled}>
        {sides.map((side) => (
          <option key={formatSide(side)} value={formatSide(side)}>
            {sideLabel(side, versions, conceptLabel, references)}
          </option>
        ))}
      </select>
    </div>
  );
}
