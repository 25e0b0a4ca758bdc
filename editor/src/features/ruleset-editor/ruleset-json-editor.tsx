/** Controlled Monaco editor for rule-set JSON: value/onChange; the engine's issues become markers on the exact node. */
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { monaco, RULESET_MODEL_PATH } from './monaco-setup';
import type { LocatedIssue } from './policy-markers';

export interface RulesetJsonEditorProps {
  value: string;
  onChange: (value: string) => void;
  issues: LocatedIssue[];
}

/** Owner of the markers set from the engine's validation (schema markers come from Monaco's JSON worker). */
export const POLICY_MARKER_OWNER = 'sturing-beleid';

export function RulesetJsonEditor({ value, onChange, issues }: RulesetJsonEditorProps) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      POLICY_MARKER_OWNER,
      issues.map((issue) => {
        const lineLength = model.getLineMaxColumn(Math.min(issue.line, model.getLineCount()));
        return {
          severity: monaco.MarkerSeverity.Error,
          message: `${issue.message}${issue.code ? ` [${issue.code}]` : ''}`,
          startLineNumber: issue.line,
          startColumn: issue.column,
          endLineNumber: issue.line,
          endColumn: lineLength,
          source: 'Sturing beleidscontrole',
        };
      }),
    );
  }, [issues]);

  return (
    <div className="monaco-host" data-testid="ruleset-json-editor">
      <Editor
        height="70vh"
        language="json"
        path={RULESET_MODEL_PATH}
        value={value}
        onChange={(v) => onChange(v ?? '')}
        onMount={(editor) => {
          editorRef.current = editor;
        }}
        options={{ minimap: { enabled: false }, automaticLayout: true, tabSize: 2, fontSize: 13, scrollBeyondLastLine: false }}
        loading="Editor laden…"
      />
    </div>
  );
}
