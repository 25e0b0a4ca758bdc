/**
 * Monaco's side-by-side diff of two JSON texts, read-only (the locally bundled Monaco from monaco-setup.ts).
 * @monaco-editor/react disposes the two text models before the diff widget that still holds them, which Monaco
 * reports as an uncaught "TextModel got disposed before DiffEditorWidget model got reset" when the tab is left.
 * So the wrapper keeps the models, and this component detaches them from the widget (setModel(null)) in a layout
 * effect cleanup — which React runs before the wrapper's own cleanup — and disposes them itself.
 */
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useLayoutEffect, useRef } from 'react';
import '../ruleset-editor/monaco-setup';

export interface MonacoDiffViewProps {
  original: string;
  modified: string;
}

type DiffEditorInstance = Parameters<DiffOnMount>[0];

export default function MonacoDiffView({ original, modified }: MonacoDiffViewProps) {
  const editorRef = useRef<DiffEditorInstance | null>(null);
  useLayoutEffect(
    () => () => {
      const editor = editorRef.current;
      editorRef.current = null;
      if (!editor) return;
      const models = editor.getModel();
      editor.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    },
    [],
  );
  return (
    <div className="monaco-diff" data-testid="monaco-diff">
      <DiffEditor
        height="32rem"
        language="json"
        original={original}
        modified={modified}
        originalModelPath="sturing://vergelijken/oud.json"
        modifiedModelPath="sturing://vergelijken/nieuw.json"
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={(editor) => {
          editorRef.current = editor;
        }}
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
