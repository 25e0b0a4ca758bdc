/** Where a text stops being JSON, in Dutch, so the status never claims "no problems" for text that cannot be read. */
import { parse, type ParseError } from 'jsonc-parser';

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Undefined when the text is JSON; otherwise the first place it cannot be read (1-based line and column). */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  if (text.trim() === '') return { line: 1, column: 1, message: 'De tekst is leeg en kan niet als regelset worden gelezen.' };
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    // JSON.parse does not always say where; a tolerant parser (no comments, no trailing commas) does.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const at = lineAndColumn(text, errors[0]?.offset ?? text.length);
    return { ...at, message: `De tekst kan niet als JSON worden gelezen: regel ${at.line}, kolom ${at.column}.` };
  }
}
