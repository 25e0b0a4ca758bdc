/** Reads a JSON input from a file or standard input, and turns invalid input into one located line. */
import { readFileSync } from 'node:fs';
import { SturingError, type Issue } from '../src/model/errors';
import { JsonSourceMap, parseJsonText } from '../src/json/source-location';

export interface JsonInput {
  value: unknown;
  /** The name to show: the file name, or "stdin". */
  name: string;
  text: string;
}

/** Reads `file` (or "-" for standard input) as JSON; JSON_ONGELDIG names file:line:column. */
export function readJsonInput(file: string): JsonInput {
  const name = file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new SturingError('INVOER_ONGELDIG', `${name}: bestand niet gevonden of niet leesbaar`);
  }
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new SturingError('JSON_ONGELDIG', `${name}:${parsed.line}:${parsed.column} ${parsed.error}`);
  return { value: parsed.value, name, text };
}

/** One line for an error about an input: file:line:column pointer: message [CODE]. */
export function describeInputError(error: SturingError, input?: JsonInput): string {
  const issue: Issue | undefined = error.issues[0];
  if (!issue) return `${error.message} [${error.code}]`;
  const location =
    input && issue.path.startsWith('/') && !['/asOf', '/version', '/ruleset'].includes(issue.path)
      ? new JsonSourceMap(input.text).locate(issue.path)
      : undefined;
  const where = location ? `${input?.name}:${location.line}:${location.column} ` : '';
  const more = error.issues.length > 1 ? ` (en ${error.issues.length - 1} andere)` : '';
  return `${where}${issue.path || '/'}: ${issue.message}${more} — ${error.message} [${error.code}]`;
}
