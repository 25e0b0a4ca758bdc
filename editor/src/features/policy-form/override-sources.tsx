/** The sources of a municipal variant: per source a document (by its title) and a passage; a variant may cite several. */
import { useId } from 'react';
import { SOURCE_DOCUMENT_TITLES } from '../../../../engine/src/model';
import type { Override } from './policy-document';

export type OverrideSource = NonNullable<Override['source']>[number];

export interface OverrideSourcesProps {
  sources: OverrideSource[];
  readOnly: boolean;
  /** `group` names the passage being typed (its keystrokes in a row are one undo step). */
  onChange: (sources: OverrideSource[], group?: string) => void;
}

/** A source is complete with a document and a passage of at least three characters (as the schema asks). */
export const sourceComplete = (source: OverrideSource | undefined): boolean => !!source?.document && (source.passage ?? '').length >= 3;

function SourceFields({
  index,
  count,
  source,
  readOnly,
  onChange,
  onRemove,
}: {
  index: number;
  count: number;
  source: OverrideSource;
  readOnly: boolean;
  onChange: (source: OverrideSource, group?: string) => void;
  onRemove?: () => void;
}) {
  const documentId = useId();
  const passageId = useId();
  const name = count > 1 ? `Bron ${index + 1}` : 'Bron';
  return (
    <div className="override-source" data-source={index}>
      <div className="field">
        <label htmlFor={documentId}>{name}: document (verplicht)</label>
        <select
          id={documentId}
          disabled={readOnly}
          value={source.document}
          onChange={(e) => onChange({ ...source, document: e.target.value })}
          aria-invalid={!source.document ? true : undefined}
        >
          <option value="">— kies het brondocument —</option>
          {Object.entries(SOURCE_DOCUMENT_TITLES).map(([file, title]) => (
            <option key={file} value={file}>
              {title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={passageId}>{name}: passage (verplicht)</label>
        <input
          id={passageId}
          readOnly={readOnly}
          value={source.passage}
          onChange={(e) => onChange({ ...source, passage: e.target.value }, `passage-${index}`)}
          aria-invalid={(source.passage ?? '').length < 3 ? true : undefined}
        />
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {name} verwijderen
        </button>
      )}
    </div>
  );
}

export function OverrideSources({ sources, readOnly, onChange }: OverrideSourcesProps) {
  // An override without sources still shows one (empty) source to fill in.
  const shown = sources.length > 0 ? sources : [{ document: '', passage: '' }];
  return (
    <>
      {shown.map((source, index) => (
        <SourceFields
          key={index}
          index={index}
          count={shown.length}
          source={source}
          readOnly={readOnly}
          onChange={(next, group) =>
            onChange(
              shown.map((s, i) => (i === index ? next : s)),
              group,
            )
          }
          onRemove={!readOnly && shown.length > 1 ? () => onChange(shown.filter((_, i) => i !== index)) : undefined}
        />
      ))}
      {!readOnly && (
        <button type="button" onClick={() => onChange([...shown, { document: '', passage: '' }])}>
          Bron toevoegen
        </button>
      )}
    </>
  );
}
