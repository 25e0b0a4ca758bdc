/** Monaco's side-by-side diff of two JSON texts, read-only (the locally bundled Monaco from monaco-setup.ts). */
import { DiffEditor } from '@monaco-editor/react';
import '../ruleset-editor/monaco-setup';

export interface MonacoDiffViewProps {
  original: string;
  modified: string;
}

export default function MonacoDiffView({ original, modified }: MonacoDiffViewProps) {
  return (
    <div className="monaco-diff" data-testid="monaco-diff">
      <DiffEditor
        height="32rem"
        language="json"
        original={original}
        modified={modified}
        originalModelPath="sturing://vergelijken/oud.json"
        modifiedModelPath="sturing://vergelijken/nieuw.json"
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          automaticLayout: true,
          minimap: { enabled: false },
          // Accessible names for the two editors (WCAG 4.1.2; axe: aria-input-field-name): Monaco 0.57's diff editor
          // drops a sub-editor's label unless accessibilityVerbose is on (then it appends how to open the help).
          accessibilityVerbose: true,
          originalAriaLabel: 'Oude tekst (alleen lezen)',
          modifiedAriaLabel: 'Nieuwe tekst (alleen lezen)',
        }}
      />
    </div>
  );
}
