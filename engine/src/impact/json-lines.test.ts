import { describe, expect, it } from 'vitest';
import { isJsonText, scanJsonLines, SKIPPED_CASE } from './json-lines';

/** Deterministic pseudo-random numbers (the same fuzz every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const CASE = JSON.stringify({
  id: 'NO-2022-000001',
  gemeente: 'venlo',
  domein: 'wmo',
  segment: 'S1b',
  client: { leeftijd: 71, complex: false, notitie: 'één "citaat" \\ tab\there' },
  bedragen: { budget: '1234.50', jaren: [2022, -1.5e3, 0, 0.25, null, true] },
});

describe('validating JSON lines without parsing them', () => {
  it('accepts exactly what JSON.parse accepts, on valid cases and on thousands of broken variants', () => {
    const next = random(7);
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"',
      '\\',
      ',',
      ':',
      ' ',
      '\t',
      '\r',
      '0',
      '1',
      '-',
      '+',
      '.',
      'e',
      'u',
      'x',
      '\u0001',
      '\ud800',
      'true',
      'nul',
      '\\u00',
      '01',
      '\u00a0',
      '\ufeff',
    ];
    const texts = [
      CASE,
      ` ${CASE}\r`,
      '[]',
      '{}',
      '"a"',
      '-0.5e+7',
      'true',
      '[[[[]]]]',
      '{"a":{"b":[1,{"c":null}]}}',
      '[1,]',
      '{"a":1,}',
      '01',
      '1.',
      '.5',
      '"\\x"',
      '"\\u12G4"',
      '',
      ' ',
      '{"a" 1}',
      '[1 2]',
      'nulll',
      '{} {}',
    ];
    for (let n = 0; n < 20_000; n++) {
      let text = CASE;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * text.length);
        const piece = pieces[Math.floor(next() * pieces.length)];
        text = next() < 0.5 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
      }
      texts.push(text);
    }
    let valid = 0;
    for (const text of texts) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      if (parses) valid++;
      expect([text, isJsonText(text)]).toEqual([text, parses]);
    }
    // Both kinds are well represented.
    expect(valid).toBeGreaterThan(1_000);
    expect(texts.length - valid).toBeGreaterThan(1_000);
    expect(isJsonText('['.repeat(100_000) + ']'.repeat(100_000))).toBe(true);
  });

  it('checks a line in place within a longer text, never reading past its end', () => {
    const text = `${CASE}\n{"a":[1,\n2]}\n  \n"x"`;
    const lines = text.split('\n');
    let start = 0;
    for (const line of lines) {
      let parses = true;
      try {
        JSON.parse(line);
      } catch {
        parses = false;
      }
      expect([line, isJsonText(text, start, start + line.length)]).toEqual([line, parses]);
      start += line.length + 1;
    }
    // A token cut off at the end of the range is no JSON, whatever follows it.
    expect(isJsonText('{"a":12}', 0, 6)).toBe(false);
    expect(isJsonText('[true]', 0, 4)).toBe(false);
  });

  it('parses the lines that may be of the segment, and stands in for the others after validating them', () => {
    const plain = JSON.stringify({ id: 'NO-2022-000002', gemeente: 'venlo', domein: 'wmo', segment: 'S2', client: { leeftijd: 40 } });
    // An escape could spell the segment differently: such a line is parsed.
    const escaped = '{"segment":"S\\u0031b","domein":"wmo"}';
    const cases: Record<string, unknown>[] = [];
    const scan = scanJsonLines(`${CASE}\n\n${plain}\r\n${escaped}\n${plain}`, cases, 'S1b');
    expect(scan).toEqual({ newlines: 4 });
    expect(cases).toEqual([JSON.parse(CASE), SKIPPED_CASE, { segment: 'S1b', domein: 'wmo' }, SKIPPED_CASE]);
    // Without a segment every line is parsed.
    const all: Record<string, unknown>[] = [];
    scanJsonLines(`${CASE}\n${plain}`, all);
    expect(all).toEqual([JSON.parse(CASE), JSON.parse(plain)]);
    // A broken line of another segment is still refused, with its line number in the text.
    const broken = scanJsonLines(`${CASE}\n${plain.replace('"S2"', '"S2",')}\n${CASE}\n`, [], 'S1b');
    expect(broken.bad?.line).toBe(2);
    expect(broken.bad?.message).toMatch(/^ongeldige JSON-regel \(.+\); er is niets getoetst$/);
    expect(scanJsonLines('{"a":1}\n[1]\n', [], 'S1b').bad).toEqual({
      line: 2,
      message: 'geen JSON-object op de regel (een casus per regel); er is niets getoetst',
    });
  });
});
