/** Monaco editor for rule-set JSON with a value/onChange interface; the engine's issues become markers on the exact node. */
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { editor as MonacoEditor } from 'monaco-editor';
import { replaceChangedStretch } from './model-history';
import { monaco, RULESET_MODEL_PATH } from './monaco-setup';
import { overrideKeySuggestions, type GemeenteChoice } from './override-completion';
import type { LocatedIssue } from './policy-markers';

export interface RulesetJsonEditorProps {
  value: string;
  onChange: (value: string) => void;
  issues: LocatedIssue[];
  /** A role that may not save drafts reads the text but cannot change it. */
  readOnly?: boolean;
  /** Moves the cursor there and focuses the editor, each time a new object is passed. */
  jumpTo?: { line: number; column: number };
  /** The region's municipalities: completion offers their ids as keys of `overrides`. */
  gemeenten?: readonly GemeenteChoice[];
  /** Changes when the page loads a document (a draft, a version): the text then replaces the old one with a fresh undo history. */
  loadKey?: number;
  /** The text model once mounted: the policy form edits and undoes through it (one history for both views). */
  onModel?: (model: MonacoEditor.ITextModel | undefined) => void;
}

/** Owner of the markers set from the engine's validation (schema markers come from Monaco's JSON worker). */
export const POLICY_MARKER_OWNER = 'sturing-beleid';

/**
 * The mounted editor and the bundled Monaco, on window for the e2e suite (markers, hovers, timings). It exposes
 * only what this page already runs in the user's own tab: no token, no data beyond the text on screen.
 */
declare global {
  interface Window {
    __sturingEditor?: { editor: Parameters<OnMount>[0]; monaco: typeof monaco };
  }
}

export function RulesetJsonEditor({ value, onChange, issues, readOnly = false, jumpTo, gemeenten = [], loadKey, onModel }: RulesetJsonEditorProps) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const [mounted, setMounted] = useState(false);
  // Texts this editor itself reported through onChange and the page has not yet rendered back. A render can lag the
  // keyboard (validation runs per render); writing such a stale echo back would undo the newest keystrokes and move
  // the cursor to the end, so only a value that did not come from here (loading, another tab) replaces the text.
  const echoes = useRef(new Set<string>());

  const onModelRef = useRef(onModel);
  onModelRef.current = onModel;
  useEffect(() => () => onModelRef.current?.(undefined), []);

  const shownLoad = useRef<number | undefined>(undefined);
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const newLoad = shownLoad.current !== loadKey;
    shownLoad.current = loadKey;
    if (value === model.getValue()) {
      echoes.current.clear();
      return;
    }
    if (echoes.current.has(value) && !newLoad) return;
    echoes.current.clear();
    // A document loaded (a draft, a version) starts a history of its own: undo never goes back into another document.
    if (newLoad || model.getValueLength() === 0) model.setValue(value);
    else {
      // Only the changed stretch is replaced, as one undoable step: Ctrl+Z in Monaco undoes it too.
      model.pushStackElement();
      replaceChangedStretch(model, value);
      model.pushStackElement();
    }
  }, [value, mounted, loadKey]);

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

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !jumpTo) return;
    editor.setPosition({ lineNumber: jumpTo.line, column: jumpTo.column });
    editor.revealPositionInCenter({ lineNumber: jumpTo.line, column: jumpTo.column });
    editor.focus();
  }, [jumpTo, mounted]);

  useEffect(() => {
    if (gemeenten.length === 0) return;
    const provider = monaco.languages.registerCompletionItemProvider('json', {
      triggerCharacters: ['"'],
      provideCompletionItems(model, position) {
        if (model.uri.toString() !== monaco.Uri.parse(RULESET_MODEL_PATH).toString()) return { suggestions: [] };
        const choices = overrideKeySuggestions(model.getValue(), model.getOffsetAt(position), gemeenten);
        const word = model.getWordUntilPosition(position);
        const line = model.getLineContent(position.lineNumber);
        const quoted = line.charAt(word.startColumn - 2) === '"';
        const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
        return {
          suggestions: choices.map((g) => ({
            label: g.id,
            detail: `gemeente ${g.naam}`,
            documentation: `Afwijking van ${g.naam} op het regionale beleid`,
            kind: monaco.languages.CompletionItemKind.Module,
            insertText: quoted ? g.id : `"${g.id}"`,
            range,
          })),
        };
      },
    });
    return () => provider.dispose();
  }, [gemeenten]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, readOnlyMessage: { value: 'Uw rol mag deze regelset alleen lezen, niet wijzigen.' } });
  }, [readOnly, mounted]);

  return (
    <div className="monaco-host" data-testid="ruleset-json-editor">
      <Editor
        height="70vh"
        language="json"
        path={RULESET_MODEL_PATH}
        defaultValue={value}
        onChange={(v) => {
          echoes.current.add(v ?? '');
          onChange(v ?? '');
        }}
        onMount={(editor) => {
          editorRef.current = editor;
          window.__sturingEditor = { editor, monaco };
          // Working in the JSON view ends a policy-form field's typing group.
          editor.onDidFocusEditorText(() => editor.getModel()?.pushStackElement());
          setMounted(true);
          onModelRef.current?.(editor.getModel() ?? undefined);
        }}
        options={{ minimap: { enabled: false }, automaticLayout: true, tabSize: 2, fontSize: 13, scrollBeyondLastLine: false, readOnly }}
        loading="Editor laden…"
      />
    </div>
  );
}
