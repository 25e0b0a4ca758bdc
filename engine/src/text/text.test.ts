import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode, stripControlCodes } from './index';

describe('escapeMarkdown', () => {
  it('neutralises links, images, raw HTML, emphasis, code, table pipes and entities', () => {
    expect(escapeMarkdown('[klik](javascript:alert(1))')).toBe('\\[klik\\](javascript:alert(1))');
    expect(escapeMarkdown('![x](https://e.invalid/p.png)')).toBe('\\!\\[x\\](https\\://e.invalid/p.png)');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('**vet** _schuin_ `code` ~~weg~~ a|b &amp;')).toBe('\\*\\*vet\\*\\* \\_schuin\\_ \\`code\\` \\~\\~weg\\~\\~ a\\|b \\&amp;');
    expect(escapeMarkdown('al \\ escaped')).toBe('al \\\\ escaped');
  });

  it('breaks GFM autolinks of bare URLs, www. hosts and e-mail addresses', () => {
    expect(escapeMarkdown('zie https://e.invalid en www.e.invalid of a@e.invalid')).toBe('zie https\\://e.invalid en www\\.e.invalid of a\\@e.invalid');
  });

  it('turns line breaks into spaces so a value cannot start a heading, list or table row', () => {
    expect(escapeMarkdown('regel\n# kop\r\n| a | b |')).toBe('regel \\# kop \\| a \\| b \\|');
  });

  it('leaves ordinary text (ids, codes, dates, amounts) readable', () => {
    expect(escapeMarkdown('HOE_BIJ_AANBIEDER')).toBe('HOE_BIJ_AANBIEDER');
    expect(escapeMarkdown('noord-limburg/wmo/S1b v2 2023-01-01 € 1.234,50 (regionaal)')).toBe('noord-limburg/wmo/S1b v2 2023-01-01 € 1.234,50 (regionaal)');
  });
});

describe('markdownCode', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('plain')).toBe('`plain`');
  });
});

describe('stripControlCodes', () => {
  it('removes ANSI colour, cursor, title and hyperlink sequences but keeps the text', () => {
    expect(stripControlCodes('\u001b[31mrood\u001b[0m')).toBe('rood');
    expect(stripControlCodes('a\u001b[2J\u001b[Hb')).toBe('ab');
    expect(stripControlCodes('\u001b]0;titel\u0007tekst')).toBe('tekst');
    expect(stripControlCodes('\u001b]8;;https://e.invalid\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
    expect(stripControlCodes('\u009b31mC1\u009b0m')).toBe('C1');
  });

  it('removes other control characters and bidi overrides, keeps newlines and tabs', () => {
    expect(stripControlCodes('bel\u0007 nul\u0000 del\u007f cr\r')).toBe('bel nul del cr');
    expect(stripControlCodes('abc\u202edef\u2066')).toBe('abcdef');
    expect(stripControlCodes('regel 1\n\tregel 2')).toBe('regel 1\n\tregel 2');
  });
});
