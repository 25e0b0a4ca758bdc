/**
 * The cases of `sturing impact`: a JSON file (one case or an array), a
 * JSON-lines file, 301 messages or mapped exports, or every such file in a
 * directory. streamCaseBatches reads JSON-lines files in chunks and parses
 * them line by line (the worker path of impact-workers.ts reads them as raw
 * runs of lines instead); the line handling itself is src/impact/json-lines.ts.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonDepthProblem } from '../../src/json/json-depth';
import { badLineError, batchSize, casesOf, scanJsonLines, type CaseBatch } from '../../src/impact/json-lines';
import { parseJsonText } from '../../src/json/source-location';
import { SturingError } from '../../src/model/errors';
import { describeFileError } from '../usage-error';
import { allocationToCase, isMappingProblem } from '../../src/messages/allocation-to-case';
import type { CodeMapping } from '../../src/messages/code-mapping';
import { MessageReaderSession, type MessageProblem } from '../../src/messages/message-reader';
import type { ColumnMapping } from '../../src/messages/spreadsheet';
import type { RuleRepository } from '../../src/model/repository';
import { codeMappingFrom } from '../../node/code-mapping-files';
import { readInputFile } from '../../node/message-files';

export { badLineError, batchSize, casesOf, parseJsonLines, scanJsonLines, type BadLine, type CaseBatch } from '../../src/impact/json-lines';

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

/** Reads every case (parsed). */
export function readCases(path: string): Record<string, unknown>[] {
  return readCaseBatches(path, Number.MAX_SAFE_INTEGER).flatMap(casesOf);
}

/** Every case file under a path: .json/.jsonl cases, or .xml messages and .csv/.xlsx exports (read as allocations). */
export function inputFilesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.(json|jsonl|xml|csv|xlsx)$/i.test(f) || statSync(join(path, f)).isDirectory())
    .sort()
    .flatMap((f) => inputFilesOf(join(path, f)));
}

/**
 * How many cases a path holds, for a progress bar: JSON-lines files count their non-blank lines (read in chunks,
 * nothing parsed: the real pass checks every line), every other file is read as streamCaseBatches reads it.
 */
export async function countCases(path: string, size: number, options: StreamOptions = {}): Promise<number> {
  let total = 0;
  for (const file of inputFilesOf(path)) {
    if (!file.toLowerCase().endsWith('.jsonl')) {
      for await (const batch of streamCaseBatches(file, size, options)) total += batchSize(batch);
      continue;
    }
    let rest = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') total++;
    }
    if (rest.trim() !== '') total++;
  }
  return total;
}

export interface StreamOptions {
  /** JSON lines that certainly are no case of this segment are only validated, not parsed (they stand in a batch as SKIPPED_CASE). */
  caseSegment?: string;
  /** Reads 301 messages and exports as cases (the code mapping of the rules folder). */
  messages?: { repository: RuleRepository; rulesRoot: string; columns?: ColumnMapping; onProblem?: (problem: MessageProblem) => void };
}

/**
 * The cases as batches of at most `size`, streamed: JSON-lines files are read in chunks (memory does not grow with the
 * file), .json files are parsed whole, 301 messages and mapped exports become cases through the region's code mapping.
 */
export async function* streamCaseBatches(path: string, size: number, options: StreamOptions = {}): AsyncGenerator<CaseBatch> {
  let mapping: CodeMapping | undefined;
  for (const file of inputFilesOf(path)) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.jsonl')) {
      // Whole lines are parsed as they are read (a bad line named by file and line number); a chunk's cases are one batch.
      let rest = '';
      let firstLine = 1;
      const scan = (text: string): Record<string, unknown>[] => {
        const cases: Record<string, unknown>[] = [];
        const { newlines, bad } = scanJsonLines(text, cases, options.caseSegment);
        if (bad) throw badLineError(file, firstLine + bad.line - 1, bad.message);
        firstLine += newlines;
        return cases;
      };
      for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
        const text = rest + chunk;
        const last = text.lastIndexOf('\n');
        if (last === -1) {
          rest = text;
          continue;
        }
        rest = text.slice(last + 1);
        const cases = scan(text.slice(0, last + 1));
        for (let i = 0; i < cases.length; i += size) yield cases.slice(i, i + size);
      }
      const cases = scan(rest);
      for (let i = 0; i < cases.length; i += size) yield cases.slice(i, i + size);
      continue;
    }
    if (lower.endsWith('.json')) {
      const trimmed = readFileSync(file, 'utf8').trim();
      if (trimmed === '') continue;
      const result = parseJsonText(trimmed);
      if ('error' in result) throw new SturingError('JSON_ONGELDIG', `${file}:${result.line}:${result.column} ${result.error}`, [], file);
      const parsed = result.value;
      const tooDeep = jsonDepthProblem(parsed);
      if (tooDeep) throw new SturingError('JSON_ONGELDIG', `${file}: ${tooDeep.path || '/'} ${tooDeep.message}`, [tooDeep], file);
      if (parsed === null || typeof parsed !== 'object')
        throw new SturingError('CASUS_ONGELDIG', `${file}: geen casus en geen lijst van casussen (verwacht een JSON-object of -array)`, [], file);
      const cases = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
      for (let i = 0; i < cases.length; i += size) yield cases.slice(i, i + size);
      continue;
    }
    const messages = options.messages;
    if (!messages) continue;
    mapping ??= codeMappingFrom(await messages.repository.listRegions(), messages.rulesRoot);
    let cases: Record<string, unknown>[] = [];
    const ready: Record<string, unknown>[][] = [];
    const session = new MessageReaderSession({
      item: (item) => {
        if (item.soort !== 'toewijzing') return;
        const mapped = allocationToCase(item, mapping!);
        if (isMappingProblem(mapped)) {
          messages.onProblem?.(mapped);
          return;
        }
        cases.push(mapped.caseData);
        if (cases.length === size) {
          ready.push(cases);
          cases = [];
        }
      },
      problem: (problem) => messages.onProblem?.(problem),
    });
    const drain = function* () {
      while (ready.length > 0) yield ready.shift()!;
    };
    await readInputFile(session, file, messages.columns, async () => {});
    yield* drain();
    if (cases.length > 0) yield cases;
  }
}
