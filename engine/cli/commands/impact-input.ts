/**
 * The cases of `sturing impact`: a JSON file (one case or an array), a
 * JSON-lines file, or every such file in a directory. JSON-lines text is cut
 * into batches without parsing it, so worker threads do the parsing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonDepthProblem } from '../../src/json/json-depth';
import { parseJsonText } from '../../src/json/source-location';
import { SturingError } from '../../src/model/errors';
import { describeFileError } from '../usage-error';

/** A batch of cases: parsed objects, or JSON-lines text still to parse. */
export type CaseBatch = Record<string, unknown>[] | string;

/** Parses JSON-lines text (blank lines skipped). */
export function parseJsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch (error) {
        throw new SturingError('JSON_ONGELDIG', `ongeldige JSON-regel (${i + 1}e casus van een blok): ${(error as Error).message}`);
      }
    });
}

/**
 * A cheap check of every JSON line before the (possibly threaded) parse: a case is one object per line, so a
 * line that does not start with { and end with } is broken (typically truncated). Names file:line for each.
 */
function checkJsonLines(file: string, lines: string[], firstLineNumbers: number[]): void {
  const bad: string[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!(t.startsWith('{') && t.endsWith('}'))) bad.push(`${file}:${firstLineNumbers[i]}`);
  });
  if (bad.length > 0)
    throw new SturingError(
      'JSON_ONGELDIG',
      `${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ` (en ${bad.length - 10} andere)` : ''}: geen JSON-object op de regel (een casus per regel); er is niets getoetst`,
      [],
      file,
    );
}

function filesOf(path: string): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new SturingError('INVOER_ONGELDIG', describeFileError(error, path), [], path);
  }
  if (!isDirectory) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json') || f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => filesOf(join(path, f)));
}

/** Reads the cases as batches of at most `size`, in file and line order. */
export function readCaseBatches(path: string, size: number): CaseBatch[] {
  const batches: CaseBatch[] = [];
  for (const file of filesOf(path)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new SturingError('INVOER_ONGELDIG', describeFileError(error, file), [], file);
    }
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (file.endsWith('.jsonl')) {
      const numbered = text.split('\n').map((line, i) => [line, i + 1] as const);
      const kept = numbered.filter(([l]) => l.trim() !== '');
      const lines = kept.map(([l]) => l);
      checkJsonLines(
        file,
        lines,
        kept.map(([, n]) => n),
      );
      for (let i = 0; i < lines.length; i += size) batches.push(lines.slice(i, i + size).join('\n'));
      continue;
    }
    const result = parseJsonText(trimmed);
    if ('error' in result) throw new SturingError('JSON_ONGELDIG', `${file}:${result.line}:${result.column} ${result.error}`, [], file);
    const parsed = result.value;
    const tooDeep = jsonDepthProblem(parsed);
    if (tooDeep) throw new SturingError('JSON_ONGELDIG', `${file}: ${tooDeep.path || '/'} ${tooDeep.message}`, [tooDeep], file);
    if (parsed === null || typeof parsed !== 'object')
      throw new SturingError('CASUS_ONGELDIG', `${file}: geen casus en geen lijst van casussen (verwacht een JSON-object of -array)`, [], file);
    const cases = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
    for (let i = 0; i < cases.length; i += size) batches.push(cases.slice(i, i + size));
  }
  return batches;
}

/** The cases of a batch. */
export function casesOf(batch: CaseBatch): Record<string, unknown>[] {
  return typeof batch === 'string' ? parseJsonLines(batch) : batch;
}

/** How many cases a batch holds, without parsing it. */
export function batchSize(batch: CaseBatch): number {
  if (typeof batch !== 'string') return batch.length;
  let lines = 1; // batches are built from non-blank lines joined by newlines
  for (let at = batch.indexOf('\n'); at !== -1; at = batch.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Reads every case (parsed). */
export function readCases(path: string): Record<string, unknown>[] {
  return readCaseBatches(path, Number.MAX_SAFE_INTEGER).flatMap(casesOf);
}
