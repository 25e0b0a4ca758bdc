/** JSON.parse with a Dutch error that names the line and column, for texts people type. */

export type ParsedText = { ok: true; value: unknown } | { ok: false; message: string };

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Parses `text`; on failure the message says what (`what`: "De casus") and where, in Dutch. */
export function parseJsonText(text: string, what: string): ParsedText {
  if (text.trim() === '') return { ok: false, message: `${what} is leeg.` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    const explicit = /line (\d+) column (\d+)/.exec(detail);
    const position = /position (\d+)/.exec(detail);
    const at = explicit
      ? { line: Number(explicit[1]), column: Number(explicit[2]) }
      : position
        ? lineAndColumn(text, Number(position[1]))
        : /end of JSON input|Unexpected end/.test(detail)
          ? lineAndColumn(text, text.length)
          : undefined;
    return { ok: false, message: `${what} is geen geldige JSON${at ? ` (regel ${at.line}, kolom ${at.column})` : ''}.` };
  }
}
