/**
 * The one undo history of the rule-set text: Monaco's model stack. The JSON view writes to it by typing, the policy
 * form through `apply`; the form's "Ongedaan maken"/"Opnieuw" and Monaco's Ctrl+Z both walk that stack, so either
 * view undoes the other's edits. A form field's changes are grouped into one step until the field is left.
 */
import { useEffect, useMemo, useState } from 'react';
import type { editor } from 'monaco-editor';
import type { EditHistory } from '../policy-form/edit-history';

/** The part of Monaco's text model the history uses (a type only: this module loads no Monaco). */
export type HistoryModel = Pick<
  editor.ITextModel,
  'getValue' | 'getPositionAt' | 'pushStackElement' | 'pushEditOperations' | 'undo' | 'redo' | 'canUndo' | 'canRedo' | 'onDidChangeContent'
>;

/**
 * Replaces only the stretch of the model's text that differs from `text` (a form edit changes one value), so the
 * cursor and the rest of the history stay as they are. Works on a read-only editor's model too (a loaded draft).
 */
export function replaceChangedStretch(model: HistoryModel, text: string): boolean {
  const old = model.getValue();
  if (old === text) return false;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(old.length - end);
  model.pushEditOperations(
    [],
    [
      {
        range: { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column },
        text: text.slice(start, text.length - end),
      },
    ],
    () => null,
  );
  return true;
}

/** The history on one model: form edits go in as undoable steps, undo and redo go through the model. */
export class ModelHistory {
  private group: string | undefined;
  private applying = false;
  private readonly subscription: { dispose: () => void };

  constructor(private readonly model: HistoryModel) {
    // An edit from elsewhere (typing in Monaco) ends the form's typing group.
    this.subscription = model.onDidChangeContent(() => {
      if (!this.applying) this.group = undefined;
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }

  /**
   * Writes a form edit. Edits with the same `group` (one field's keystrokes or type-ahead) in a row are one step until
   * `seal` (the field is left); an edit without a group (resolving a question) is always a step of its own.
   */
  apply(text: string, group?: string): void {
    if (group === undefined || group !== this.group) this.model.pushStackElement();
    this.applying = true;
    try {
      if (!replaceChangedStretch(this.model, text)) return;
    } finally {
      this.applying = false;
    }
    if (group === undefined) this.model.pushStackElement();
    this.group = group;
  }

  seal(): void {
    this.model.pushStackElement();
    this.group = undefined;
  }

  undo(): void {
    this.seal();
    void this.model.undo();
  }

  redo(): void {
    this.seal();
    void this.model.redo();
  }
}

export interface ModelEditHistory extends EditHistory {
  apply: (text: string, group?: string) => void;
}

/** The history of `model` for React: canUndo/canRedo follow every change of the text. */
export function useModelHistory(model: HistoryModel | undefined): ModelEditHistory | undefined {
  const [history, setHistory] = useState<ModelHistory>();
  const [state, setState] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    if (!model) {
      setHistory(undefined);
      return;
    }
    // Made here (not during render), so each mount owns its subscription and disposes it (StrictMode mounts twice).
    const owned = new ModelHistory(model);
    setHistory(owned);
    let live = true;
    const update = (): void => {
      if (live) setState({ canUndo: model.canUndo(), canRedo: model.canRedo() });
    };
    update();
    // The undo service moves its stacks around the content event: read them again once it is done.
    const subscription = model.onDidChangeContent(() => {
      update();
      queueMicrotask(update);
    });
    return () => {
      live = false;
      subscription.dispose();
      owned.dispose();
    };
  }, [model]);
  return useMemo(
    () =>
      history && {
        canUndo: state.canUndo,
        canRedo: state.canRedo,
        apply: (text: string, group?: string) => history.apply(text, group),
        undo: () => history.undo(),
        redo: () => history.redo(),
        seal: () => history.seal(),
      },
    [history, state],
  );
}
