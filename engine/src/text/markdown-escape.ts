/**
 * Escapes text that comes from data (rule-set titles, case ids, rule ids, gemeente names) before it goes into
 * generated Markdown, so a Markdown renderer shows it as text: no links, images, raw HTML, emphasis or table
 * cells of its own. Line breaks become spaces (a value never starts a new block).
 */

/** Characters that can start or end an inline construct (CommonMark + GFM tables and strikethrough), or an HTML tag or entity. */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~!#]/g;

const WORD = /[\p{L}\p{N}]/u;

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
      // An underscore inside a word (HOE_BIJ_AANBIEDER) cannot open or close emphasis: left as it is, for readability.
      .replace(INLINE_SPECIAL, (c, at: number, all: string) => (c === '_' && WORD.test(all[at - 1] ?? '') && WORD.test(all[at + 1] ?? '') ? c : `\\${c}`))
      // GFM autolinks bare URLs, www. hosts and e-mail addresses: an escaped character breaks the pattern.
      .replace(/:\/\//g, '\\://')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
  );
}

/** A value shown as inline code: backticks in it cannot close the span (CommonMark: a longer fence), line breaks become spaces. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
