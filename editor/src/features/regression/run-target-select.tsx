/**
 * What Regressietests and Impact run against: a published version or any open draft — anyone's, saved in any
 * session. Running never creates a draft; only the draft open in this editor, with unsaved changes, is saved first.
 */
import { useId } from 'react';
import { formatDate } from '../../format';
import { formatTimestamp } from '../history/format-timestamp';
import type { DraftMeta, DraftRef, RulesetWorkspace, VersionMeta } from '../ruleset-editor/workspace';

export type RunTarget = { kind: 'versie'; version: number } | { kind: 'concept'; draftId: string };

export function formatTarget(target: RunTarget): string {
  return target.kind === 'versie' ? `v${target.version}` : `c:${target.draftId}`;
}

function parseTarget(value: string): RunTarget | undefined {
  if (value.startsWith('c:')) return { kind: 'concept', draftId: value.slice(2) };
  const match = /^v(\d+)$/.exec(value);
  return match ? { kind: 'versie', version: Number(match[1]) } : undefined;
}

/** "Concept van Fleur de Vries (revisie 3, opgeslagen 01-12-2026 19:05)". */
export function draftLabel(draft: Pick<DraftMeta, 'author' | 'revision' | 'updatedAt' | 'createdAt'>, open?: { dirty: boolean }): string {
  const where = open ? (open.dirty ? ', open in de editor; wordt eerst opgeslagen' : ', open in de editor') : '';
  return `Concept van ${draft.author ?? 'onbekend'} (revisie ${draft.revision}, opgeslagen ${formatTimestamp(draft.updatedAt ?? draft.createdAt)}${where})`;
}

export function targetLabel(target: RunTarget, versions: VersionMeta[], drafts: DraftMeta[]): string {
  if (target.kind === 'concept') {
    const draft = drafts.find((d) => d.id === target.draftId);
    return draft ? draftLabel(draft) : 'Concept';
  }
  const meta = versions.find((v) => v.version === target.version);
  return `Versie ${target.version}${meta ? ` (geldig vanaf ${formatDate(meta.effectiveFrom)})` : ''}`;
}

/** The default: the draft open in the editor, else the latest version. */
export function defaultTarget(workspace: Pick<RulesetWorkspace, 'draft' | 'info'>): RunTarget {
  return workspace.draft ? { kind: 'concept', draftId: workspace.draft.id } : { kind: 'versie', version: workspace.info.latestVersion };
}

/**
 * The draft id to run; saves the editor's unsaved changes first when the target is the draft open here and the role
 * may save. Undefined when that save failed (the page shows why).
 */
export async function draftIdToRun(
  workspace: Pick<RulesetWorkspace, 'draft' | 'dirty' | 'readOnly' | 'saveDraft'>,
  draftId: string,
): Promise<string | undefined> {
  if (workspace.draft?.id !== draftId || !workspace.dirty || workspace.readOnly) return draftId;
  const saved: DraftRef | undefined = await workspace.saveDraft();
  return saved?.id;
}

export interface RunTargetSelectProps {
  label: string;
  value: RunTarget;
  workspace: Pick<RulesetWorkspace, 'draft' | 'dirty' | 'info'>;
  onChange: (target: RunTarget) => void;
  disabled?: boolean;
}

export function RunTargetSelect({ label, value, workspace, onChange, disabled }: RunTargetSelectProps) {
  const id = useId();
  const { info } = workspace;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={formatTarget(value)} onChange={(e) => onChange(parseTarget(e.target.value) ?? value)} disabled={disabled}>
        {info.drafts.length > 0 && (
          <optgroup label="Open concepten">
            {info.drafts.map((d) => (
              <option key={d.id} value={formatTarget({ kind: 'concept', draftId: d.id })}>
                {draftLabel(d, workspace.draft?.id === d.id ? { dirty: workspace.dirty } : undefined)}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Gepubliceerde versies">
          {[...info.versions].reverse().map((v) => (
            <option key={v.version} value={formatTarget({ kind: 'versie', version: v.version })}>
              {targetLabel({ kind: 'versie', version: v.version }, info.versions, info.drafts)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
