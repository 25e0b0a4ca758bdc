/** Finds the line and column of a JSON pointer in JSON text, for file:line:column messages. */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { parsePointer } from './json-pointer';

export interface TextLocation {
  line: number;
  column: number;
}

function offsetToLocation(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A parsed JSON text that can answer "where is this pointer?" (nearest existing ancestor when absent). */
export class JsonSourceMap {
  private readonly root: Node | undefined;

  constructor(private readonly text: string) {
    this.root = parseTree(text);
  }

  locate(pointer: string): TextLocation {
    if (!this.root) return { line: 1, column: 1 };
    const tokens: (string | number)[] = parsePointer(pointer).map((t) => (/^\d+$/.test(t) ? Number(t) : t));
    for (let depth = tokens.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(this.root, tokens.slice(0, depth));
      if (node) {
        // Point at the property key when there is one: that is what the user reads.
        const anchor = node.parent?.type === 'property' ? node.parent : node;
        return offsetToLocation(this.text, anchor.offset);
      }
    }
    return { line: 1, column: 1 };
  }
}

/** Parses JSON text, returning either the value or a located syntax error. */
export function parseJsonText(text: string): { value: unknown } | { error: string; line: number; column: number } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? offsetToLocation(text, Number(position[1])) : { line: 1, column: 1 };
    return { error: `ongeldige JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`, ...at };
  }
}
