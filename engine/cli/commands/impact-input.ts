/**
 * The cases of `sturing impact`: a JSON file (one case or an array), a
 * JSON-lines file, or every such file in a directory. JSON-lines text is cut
 * into batches without parsing it, so worker threads do the parsing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A batch of cases: parsed objects, or JSON-lines text still to parse. */
export type CaseBatch = Record<string, unknown>[] | string;

/** Parses JSON-lines text (blank lines skipped). */
export function parseJsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json') || f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => filesOf(join(path, f)));
}

/** Reads the cases as batches of at most `size`, in file and line order. */
export function readCaseBatches(path: string, size: number): CaseBatch[] {
  const batches: CaseBatch[] = [];
  for (const file of filesOf(path)) {
    const text = readFileSync(file, 'utf8');
    const trimmed = text.trim();
    if (trimmed === '') continue;
    if (file.endsWith('.jsonl')) {
      const lines = trimmed.split('\n').filter((l) => l.trim() !== '');
      for (let i = 0; i < lines.length; i += size) batches.push(lines.slice(i, i + size).join('\n'));
      continue;
    }
    const parsed = JSON.parse(trimmed) as unknown;
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
