/** The rule-set text, read-only, with a marker on every pointer an analysis finding names (Monaco, bundled). */
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { monaco } from '../ruleset-editor/monaco-setup';
import type { AnalysisMarker } from './analysis-markers';

export const ANALYSIS_MARKER_OWNER = 'sturing-analyse';
const MODEL_PATH = 'sturing://analyse/regelset.json';

declare global {
  interface Window {
    /** The analysis view's editor, for the e2e suite (markers); only the text already on screen. */
    __sturingAnalysisEditor?: { editor: Parameters<OnMount>[0]; monaco: typeof monaco };
  }
}

export function AnalysisJsonView({ text, markers }: { text: string; markers: AnalysisMarker[] }) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    if (model.getValue() !== text) model.setValue(text);
    monaco.editor.setModelMarkers(
      model,
      ANALYSIS_MARKER_OWNER,
      markers.map((m) => ({
        severity:
          m.finding.severity === 'fout'
            ? monaco.MarkerSeverity.Error
            : m.finding.severity === 'waarschuwing'
              ? monaco.MarkerSeverity.Warning
              : monaco.MarkerSeverity.Info,
        message: `${m.finding.message} [${m.finding.code}]`,
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.line,
        endColumn: model.getLineMaxColumn(Math.min(m.line, model.getLineCount())),
        source: 'Sturing analyse',
      })),
    );
  }, [text, markers, mounted]);
  return (
    <div className="monaco-host" data-testid="analysis-json">
      <Editor
        height="50vh"
        language="json"
        path={MODEL_PATH}
        defaultValue={text}
        onMount={(editor) => {
          editorRef.current = editor;
          window.__sturingAnalysisEditor = { editor, monaco };
          setMounted(true);
        }}
        options={{
          readOnly: true,
          minimap: { enabled: false },
          automaticLayout: true,
          fontSize: 13,
          scrollBeyondLastLine: false,
          ariaLabel: 'Regelset met analysemarkeringen (alleen lezen)',
        }}
        loading="Editor laden…"
      />
    </div>
  );
}

/** Scrolls the view to a line (from the findings list). */
export function revealLine(line: number): void {
  const editor = window.__sturingAnalysisEditor?.editor;
  if (!editor) return;
  editor.revealLineInCenter(line);
  editor.setPosition({ lineNumber: line, column: 1 });
}
