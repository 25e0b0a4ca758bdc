/**
 * The Vergelijken tab without Monaco: choose two sides and read the semantic diff in Dutch.
 * The text diff (Monaco) is passed in as children, so this part renders and tests without a browser editor.
 */
import { useMemo, type ReactNode } from 'react';
import { describeRuleSetChanges } from '../../../../engine/src/policy';
import type { VersionMeta } from '../ruleset-editor/workspace';
import type { CompareSide } from './compare-choice';
import { SemanticDiffList } from './semantic-diff-list';
import { sideLabel, SideSelect } from './side-select';

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
  /** Read-only reference policies a side may be (the Venlo and Eindhoven models). */
  references?: { rulesetId: string; title: string }[];
  children?: ReactNode;
}

/** The concept option as Vergelijken offers it: the text in the editor, saved or not. */
const CONCEPT_LABEL = 'Concept (tekst in de editor, ook niet opgeslagen)';

export function CompareView({ versions, from, to, onChoose, fromDocument, toDocument, problem, gemeenteNames, references = [], children }: CompareViewProps) {
  const loading = fromDocument === undefined || toDocument === undefined;
  const changes = useMemo(
    () => (loading || problem ? [] : describeRuleSetChanges(fromDocument, toDocument, { gemeenteNames })),
    [loading, problem, fromDocument, toDocument, gemeenteNames],
  );
  return (
    <div className="compare">
      <div className="compare-choice">
        <SideSelect
          label="Oud (links)"
          value={from}
          versions={versions}
          conceptLabel={CONCEPT_LABEL}
          references={references}
          onChange={(side) => onChoose(side, to)}
        />
        <SideSelect
          label="Nieuw (rechts)"
          value={to}
          versions={versions}
          conceptLabel={CONCEPT_LABEL}
          references={references}
          onChange={(side) => onChoose(from, side)}
        />
        <button type="button" onClick={() => onChoose(to, from)}>
          Omwisselen
        </button>
      </div>
      <section aria-label="Inhoudelijke verschillen">
        <h3>
          Inhoudelijke verschillen: {sideLabel(from, versions, CONCEPT_LABEL, references)} → {sideLabel(to, versions, CONCEPT_LABEL, references)}
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
