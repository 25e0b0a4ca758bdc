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
        options={{ readOnly: true, originalEditable: false, renderSideBySide: true, automaticLayout: true, minimap: { enabled: false } }}
      />
    </div>
  );
}
