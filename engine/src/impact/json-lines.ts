/**
 * Bulk JSON-lines input for an impact run: most lines of a population file
 * are cases of other segments, which the tally skips. Such a line still has
 * to be valid JSON (a broken line is refused with its number, whatever its
 * segment), but building its objects is the dearest part of the run. So a
 * line that cannot be a case of the segment is only validated, without
 * allocating, and stands in the run as an empty placeholder; every other
 * line is parsed.
 */
import { SturingError } from '../model/errors';

/** Stands for a line that was validated but not parsed: no domain or segment, so every tally skips it. */
export const SKIPPED_CASE: Record<string, unknown> = Object.freeze({});

function skipWhitespace(s: string, i: number, end: number): number {
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
  }
  return i;
}

const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
/** Characters allowed after a backslash (besides u): " \ / b f n r t. */
const ESCAPE = new Uint8Array(128);
for (const c of '"\\/bfnrt') ESCAPE[c.charCodeAt(0)] = 1;

/** The end of the string starting with the quote at `i`, or -1. */
function skipString(s: string, i: number, end: number): number {
  for (let j = i + 1; j < end;) {
    const c = s.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return -1;
    if (c !== 92) {
      j++;
      continue;
    }
    const d = s.charCodeAt(j + 1);
    if (d === 117) {
      for (let k = j + 2; k < j + 6; k++) if (HEX[s.charCodeAt(k)] !== 1) return -1;
      j += 6;
    } else if (d < 128 && ESCAPE[d] === 1) j += 2;
    else return -1;
  }
  return -1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The end of the number starting at `i`, or -1. */
function skipNumber(s: string, i: number): number {
  let j = i;
  if (s.charCodeAt(j) === 45) j++;
  const first = s.charCodeAt(j);
  if (first === 48) j++;
  else if (first >= 49 && first <= 57) while (isDigit(s.charCodeAt(j))) j++;
  else return -1;
  if (s.charCodeAt(j) === 46) {
    j++;
    if (!isDigit(s.charCodeAt(j))) return -1;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  const e = s.charCodeAt(j);
  if (e === 101 || e === 69) {
    j++;
    const sign = s.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (!isDigit(s.charCodeAt(j))) return -1;
    while (isDigit(s.charCodeAt(j))) j++;
  }
  return j;
}

/** After `{` or `,` in an object: a key and its colon; the position of the value, or -1. */
function skipKey(s: string, i: number, end: number): number {
  if (i >= end || s.charCodeAt(i) !== 34) return -1;
  i = skipString(s, i, end);
  if (i < 0) return -1;
  i = skipWhitespace(s, i, end);
  if (i >= end || s.charCodeAt(i) !== 58) return -1;
  return skipWhitespace(s, i + 1, end);
}

const OBJECT = 1;
const ARRAY = 2;

/**
 * Whether `s` (or its part from `start` to `end`, e.g. one line of a run) is exactly one JSON value with optional
 * whitespace around it — what JSON.parse accepts — checked without building anything (and without recursion). A
 * caller that needs the value, or the reason a text is not JSON, runs JSON.parse; this only ever answers true for
 * text JSON.parse accepts (a token running past `end` is an answer of false).
 */
export function isJsonText(s: string, start = 0, end = s.length): boolean {
  const stack: number[] = [];
  let i = skipWhitespace(s, start, end);
  for (;;) {
    // A value starts at i.
    if (i >= end) return false;
    const c = s.charCodeAt(i);
    if (c === 123) {
      i = skipWhitespace(s, i + 1, end);
      if (i < end && s.charCodeAt(i) === 125) i++;
      else {
        i = skipKey(s, i, end);
        if (i < 0) return false;
        stack.push(OBJECT);
        continue;
      }
    } else if (c === 91) {
      i = skipWhitespace(s, i + 1, end);
      if (i < end && s.charCodeAt(i) === 93) i++;
      else {
        stack.push(ARRAY);
        continue;
      }
    } else if (c === 34) {
      i = skipString(s, i, end);
      if (i < 0) return false;
    } else if (c === 45 || isDigit(c)) {
      i = skipNumber(s, i);
      if (i < 0) return false;
    } else if (c === 116 && s.startsWith('true', i)) i += 4;
    else if (c === 102 && s.startsWith('false', i)) i += 5;
    else if (c === 110 && s.startsWith('null', i)) i += 4;
    else return false;
    // After a value: close containers until a comma opens the next value, or the text ends.
    for (;;) {
      i = skipWhitespace(s, i, end);
      if (stack.length === 0) return i === end;
      if (i >= end) return false;
      const next = s.charCodeAt(i);
      const top = stack[stack.length - 1];
      if (next === 44) {
        i = skipWhitespace(s, i + 1, end);
        if (top === OBJECT) {
          i = skipKey(s, i, end);
          if (i < 0) return false;
        }
        break;
      }
      if ((top === OBJECT && next === 125) || (top === ARRAY && next === 93)) {
        stack.pop();
        i++;
        continue;
      }
      return false;
    }
  }
}

/** A batch of cases: parsed objects, or JSON-lines text still to parse. */
export type CaseBatch = Record<string, unknown>[] | string;

/** The input error for a bad line of a JSON-lines file. */
export function badLineError(file: string, line: number, message: string): SturingError {
  return new SturingError('JSON_ONGELDIG', `${file}:${line}: ${message}`, [], file);
}

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

/** Why a JSON line that is not one object is refused (after "file:line: "). */
const NOT_AN_OBJECT = 'geen JSON-object op de regel (een casus per regel); er is niets getoetst';

/** A refused JSON line: its line number within the text scanned, and why (Dutch, after "file:line: "). */
export interface BadLine {
  line: number;
  message: string;
}

/**
 * Parses the JSON lines of `text` (whole lines of one file) into `cases`, blank lines skipped, stopping at the first
 * line that is not one JSON object. `newlines` counts the line breaks in the text, so a caller that scans a file in
 * runs of lines can number a bad line in the file: the run's first line plus `bad.line - 1`. With a `segment`, a line
 * that certainly is no case of it — the segment's JSON string does not occur in it, nor does any escape (which could
 * spell it differently) — is only validated and stands in `cases` as SKIPPED_CASE.
 */
export function scanJsonLines(text: string, cases: Record<string, unknown>[], segment?: string): { newlines: number; bad?: BadLine } {
  const quoted = segment === undefined ? undefined : JSON.stringify(segment);
  // Where the segment's string and the next backslash occur at or after the current line (each searched once per stretch).
  let nextSegment = -1;
  let nextEscape = -1;
  let newlines = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const lineNumber = newlines + 1;
    if (end === -1) end = text.length;
    else newlines++;
    const lineStart = start;
    start = end + 1;
    // Fast path: a case line starts with { and ends with }; otherwise it must be blank or is broken (typically truncated).
    if (end === lineStart || text.charCodeAt(lineStart) !== 123 || text.charCodeAt(end - 1) !== 125) {
      const trimmed = text.slice(lineStart, end).trim();
      if (trimmed === '') continue;
      if (!(trimmed.startsWith('{') && trimmed.endsWith('}'))) return { newlines, bad: { line: lineNumber, message: NOT_AN_OBJECT } };
    }
    if (quoted !== undefined) {
      // -1 (not found) becomes 2^32 - 1: beyond every line.
      if (nextSegment < lineStart) nextSegment = text.indexOf(quoted, lineStart) >>> 0;
      if (nextEscape < lineStart) nextEscape = text.indexOf('\\', lineStart) >>> 0;
      if (nextSegment >= end && nextEscape >= end && isJsonText(text, lineStart, end)) {
        cases.push(SKIPPED_CASE);
        continue;
      }
    }
    try {
      cases.push(JSON.parse(text.slice(lineStart, end)) as Record<string, unknown>);
    } catch (error) {
      return { newlines, bad: { line: lineNumber, message: `ongeldige JSON-regel (${(error as Error).message}); er is niets getoetst` } };
    }
  }
  return { newlines };
}
