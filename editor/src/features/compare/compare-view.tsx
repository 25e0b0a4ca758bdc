/**
 * The Vergelijken tab without Monaco: choose two sides and read the semantic diff in Dutch.
 * The text diff (Monaco) is passed in as children, so this part renders and tests without a browser editor.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { describeRuleSetChanges } from '../../../../engine/src/semantic-diff';
import { formatDate } from '../../format';
import type { VersionMeta } from '../ruleset-editor/workspace';
import { formatSide, parseSide, type CompareSide } from './compare-choice';
import { SemanticDiffList } from './semantic-diff-list';

export interface CompareViewProps {
  versions: VersionMeta[];
  from: CompareSide;
  to: CompareSide;
  onChoose: (from: CompareSide, to: CompareSide) => void;
  /** The documents of both sides; undefined while loading. */
  fromDocument: unknown;
  toDocument: unknown;
  /** Why a side cannot be compared (e.g. the unsaved text is not valid JSON). */
  problem?: string;
  gemeenteNames: Record<string, string>;
  children?: ReactNode;
}

function sideLabel(side: CompareSide, versions: VersionMeta[]): string {
  if (side.kind === 'concept') return 'Concept (tekst in de editor, ook niet opgeslagen)';
  const meta = versions.find((v) => v.version === side.version);
  return `Versie ${side.version}${meta ? ` (geldig vanaf ${formatDate(meta.effectiveFrom)})` : ''}`;
}

function SideSelect({
  label,
  value,
  versions,
  onChange,
}: {
  label: string;
  value: CompareSide;
  versions: VersionMeta[];
  onChange: (side: CompareSide) => void;
}) {
  const id = useId();
  const sides: CompareSide[] = [...[...versions].reverse().map((v) => ({ kind: 'versie' as const, version: v.version })), { kind: 'concept' }];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={formatSide(value)} onChange={(e) => onChange(parseSide(e.target.value) ?? value)}>
        {sides.map((side) => (
          <option key={formatSide(side)} value={formatSide(side)}>
            {sideLabel(side, versions)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CompareView({ versions, from, to, onChoose, fromDocument, toDocument, problem, gemeenteNames, children }: CompareViewProps) {
  const loading = fromDocument === undefined || toDocument === undefined;
  const changes = useMemo(
    () => (loading || problem ? [] : describeRuleSetChanges(fromDocument, toDocument, { gemeenteNames })),
    [loading, problem, fromDocument, toDocument, gemeenteNames],
  );
  return (
    <div className="compare">
      <div className="compare-choice">
        <SideSelect label="Oud (links)" value={from} versions={versions} onChange={(side) => onChoose(side, to)} />
        <SideSelect label="Nieuw (rechts)" value={to} versions={versions} onChange={(side) => onChoose(from, side)} />
        <button type="button" onClick={() => onChoose(to, from)}>
          Omwisselen
        </button>
      </div>
      <section aria-label="Inhoudelijke verschillen">
        <h3>
          Inhoudelijke verschillen: {sideLabel(from, versions)} → {sideLabel(to, versions)}
        </h3>
        {problem ? (
          <p role="alert" className="error">
            {problem}
          </p>
        ) : loading ? (
          <p className="muted">Versies laden…</p>
        ) : (
          <SemanticDiffList changes={changes} />
        )}
      </section>
      <section aria-label="Tekstverschillen">
        <h3>Tekstverschillen (JSON)</h3>
        {children}
      </section>
    </div>
  );
}
