/** What the policy form needs of the rule-set text's undo history (the JSON view's, so both views share one). */
export interface EditHistory {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** Ends the current typing group (a field was committed): the next edit is a step of its own. */
  seal: () => void;
}

/** Ctrl+Z (⌘Z) is undo; Ctrl+Shift+Z and Ctrl+Y are redo. */
export function undoKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}

/** A field with its own native undo while the user types in it: text inputs and text areas. */
export function isTextEntry(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLInputElement;
  if (element.tagName === 'TEXTAREA') return !element.readOnly;
  if (element.tagName !== 'INPUT') return false;
  return ['text', 'search', 'url', 'email', 'tel', 'number', ''].includes(element.type) && !element.readOnly;
}
