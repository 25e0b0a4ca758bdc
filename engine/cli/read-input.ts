/** Reads a JSON input from a file or standard input, and turns invalid input into one located line. */
import { readFileSync } from 'node:fs';
import { SturingError, type Issue } from '../src/model/errors';
import { JsonSourceMap, parseJsonText } from '../src/json/source-location';
import { jsonDepthProblem } from '../src/json/json-depth';
import { describeFileError } from './usage-error';

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
  } catch (error) {
    throw new SturingError('INVOER_ONGELDIG', describeFileError(error, name), [], name);
  }
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new SturingError('JSON_ONGELDIG', `${name}:${parsed.line}:${parsed.column} ${parsed.error}`, [], name);
  const tooDeep = jsonDepthProblem(parsed.value);
  if (tooDeep) throw new SturingError('JSON_ONGELDIG', `${name}: ${tooDeep.path || '/'} ${tooDeep.message}`, [tooDeep], name);
  return { value: parsed.value, name, text };
}

/** One line for an error about an input: file:line:column pointer: message [CODE]. */
export function describeInputError(error: SturingError, input?: JsonInput): string {
  const issue: Issue | undefined = error.issues[0];
  // An error that names its own file (the input itself, or a rule-set file) already says where.
  if (!issue || error.file !== undefined) return `${error.message} [${error.code}]`;
  const location =
    input && issue.path.startsWith('/') && !['/asOf', '/version', '/ruleset'].includes(issue.path)
      ? new JsonSourceMap(input.text).locate(issue.path)
      : undefined;
  // The file is always named, also when the problem is the document itself (e.g. a file containing null).
  const where = location ? `${input?.name}:${location.line}:${location.column} ` : input ? `${input.name}: ` : '';
  const more = error.issues.length > 1 ? ` (en ${error.issues.length - 1} andere)` : '';
  return `${where}${issue.path || '/'}: ${issue.message}${more} — ${error.message} [${error.code}]`;
}
