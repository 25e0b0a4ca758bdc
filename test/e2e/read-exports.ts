// Reads exported files back the way an office program would: .docx unzipped (word/document.xml text), .xlsx through exceljs,
// PDF through its own structure (objects, Flate streams inflated with node:zlib, text through each font's ToUnicode map).
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The text of a .docx: the runs of word/document.xml, one paragraph per line. */
export async function docxText(file: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((line) => line !== '')
    .map((line) =>
      line
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .join('\n');
}

/** Every sheet of an .xlsx as rows of cell texts. */
export async function xlsxSheets(file: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
    sheets[sheet.name] = rows;
  });
  return sheets;
}

/** The stream of a PDF object (inflated when Flate-encoded), or undefined. */
function objectStream(body: Buffer, start: number, end: number, dict: string): Buffer | undefined {
  const marker = body.indexOf('stream', start, 'latin1');
  if (marker < 0 || marker > end) return undefined;
  let from = marker + 'stream'.length;
  if (body[from] === 0x0d) from++;
  if (body[from] === 0x0a) from++;
  const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
  const to = length ? from + Number(length[1]) : body.lastIndexOf('endstream', end, 'latin1');
  const raw = body.subarray(from, to);
  return /\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
}

/** A font's ToUnicode CMap as code → text (bfchar and bfrange, both forms). */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), utf16(text));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, target] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const first = parseInt(lo, 16);
      // A ligature maps to several characters: <0066 0069> is "fi".
      const targets = target.startsWith('[') ? [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((m) => m[1].replace(/\s/g, '')) : undefined;
      for (let code = first; code <= parseInt(hi, 16); code++) {
        const key = code.toString(16).padStart(lo.length, '0');
        if (targets) map.set(key, utf16(targets[code - first] ?? ''));
        else {
          const base = target.slice(1, -1);
          const last = parseInt(base.slice(-4), 16) + code - first;
          map.set(key, utf16(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
        }
      }
    }
  return map;
}

/**
 * The text of a PDF as a reader shows it: per text object (BT … ET) one line, its strings decoded through the font's
 * ToUnicode map (embedded fonts, two-byte codes) or as single bytes (standard fonts).
 */
export function pdfText(file: Buffer): string {
  const source = file.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  for (const match of source.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    const dict = match[2].split(/\bstream\r?\n/)[0];
    objects.set(Number(match[1]), { dict, stream: objectStream(file, start, end, dict) });
  }
  // Font resource names (/F2 9 0 R) → their ToUnicode maps.
  const fonts = new Map<string, Map<string, string> | undefined>();
  for (const { dict } of objects.values())
    for (const resources of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g))
      for (const [, name, ref] of resources[1].matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? '');
        const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined;
        fonts.set(name, cmap ? parseCMap(cmap.toString('latin1')) : undefined);
      }
  const lines: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (!stream || /\/(Type|Subtype)\s*\/(XObject|FontFile|Image|Metadata)/.test(dict) || /\/Length1/.test(dict)) continue;
    const content = stream.toString('latin1');
    if (!content.includes('BT')) continue;
    for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let font: Map<string, string> | undefined;
      let line = '';
      for (const [, fontName, hex, literal] of block[1].matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)) {
        if (fontName) font = fonts.get(fontName);
        else if (hex !== undefined) {
          const width = font ? 4 : 2;
          for (const code of hex.match(new RegExp(`.{${width}}`, 'g')) ?? [])
            line += font ? (font.get(code.toLowerCase()) ?? '') : String.fromCharCode(parseInt(code, 16));
        } else if (literal !== undefined) line += literal.replace(/\\([()\\])/g, '$1');
      }
      if (line !== '') lines.push(line);
    }
  }
  return lines.join('\n');
}
