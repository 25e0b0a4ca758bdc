/** The realisation format (what providers realised in a year, per provider, perceel and municipality): parsing JSON and CSV with located Dutch errors. */
import Papa from 'papaparse';
import { SturingError, type Issue } from '../model/errors';
import { validateAgainstSchema } from '../model/schemas';
import { JsonSourceMap, parseJsonText } from '../json/source-location';

/** One line of a realisation: one provider, rule set, perceel and municipality. Amounts are decimal strings. */
export interface RealisationLine {
  ruleset: string;
  perceel: string;
  gemeente: string;
  aanbieder: string;
  omzet: string;
  clienten?: number;
  trajectenGestart?: number;
  trajectenBeeindigd?: number;
  plekMaanden?: number;
  voorschotten?: string;
  /** The budget agreed with this provider (budgetafspraak, populatie) or its ceiling (budgetplafond per provider). */
  budget?: string;
  /** Population funding: the agreed population the budget rests on. */
  afgesprokenClienten?: number;
  /** Funding per plek: the agreed places (yearly capacity). */
  plekken?: number;
  /** Task-based funding: this strategic partner's lumpsum for the year. */
  lumpsum?: string;
}

export interface Realisation {
  regio: string;
  jaar: number;
  fictief?: boolean;
  toelichting?: string;
  aanbieders?: { id: string; naam: string }[];
  regels: RealisationLine[];
}

/** Where each line came from, so later checks (unknown perceel, …) can name file and line. */
export interface RealisationOrigin {
  bestand: string;
  formaat: 'json' | 'csv';
  /** Line in the file of regels[i] (1-based). */
  regelnummers: number[];
}

export interface ParsedRealisation {
  realisation: Realisation;
  origin: RealisationOrigin;
}

/** The CSV columns (Dutch header) and the JSON field each fills; the first ten are required. */
export const CSV_COLUMNS = [
  { kolom: 'ruleset', veld: 'ruleset', soort: 'tekst', verplicht: true },
  { kolom: 'perceel', veld: 'perceel', soort: 'tekst', verplicht: true },
  { kolom: 'gemeente', veld: 'gemeente', soort: 'tekst', verplicht: true },
  { kolom: 'aanbieder', veld: 'aanbieder', soort: 'tekst', verplicht: true },
  { kolom: 'omzet', veld: 'omzet', soort: 'bedrag', verplicht: true },
  { kolom: 'clienten', veld: 'clienten', soort: 'aantal', verplicht: true },
  { kolom: 'trajecten_gestart', veld: 'trajectenGestart', soort: 'aantal', verplicht: true },
  { kolom: 'trajecten_beeindigd', veld: 'trajectenBeeindigd', soort: 'aantal', verplicht: true },
  { kolom: 'plekmaanden', veld: 'plekMaanden', soort: 'getal', verplicht: true },
  { kolom: 'voorschotten', veld: 'voorschotten', soort: 'bedrag', verplicht: true },
  { kolom: 'budget', veld: 'budget', soort: 'bedrag', verplicht: false },
  { kolom: 'afgesproken_clienten', veld: 'afgesprokenClienten', soort: 'aantal', verplicht: false },
  { kolom: 'plekken', veld: 'plekken', soort: 'getal', verplicht: false },
  { kolom: 'lumpsum', veld: 'lumpsum', soort: 'bedrag', verplicht: false },
] as const;

function fail(fileName: string, issues: Issue[]): never {
  const first = issues[0];
  const where = first.line ? `${fileName}:${first.line}${first.column ? `:${first.column}` : ''}` : fileName;
  const more = issues.length > 1 ? ` (en ${issues.length - 1} andere)` : '';
  throw new SturingError('REALISATIE_ONGELDIG', `${where}: ${first.message}${more}`, issues, fileName);
}

/** Parses a realisation file (JSON, or CSV with a Dutch header row); errors name the file, line and field (CSV: row and column). */
export function parseRealisation(text: string, fileName: string): ParsedRealisation {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || /\.json$/i.test(fileName)) return parseJson(text, fileName);
  return parseCsv(text.replace(/^\uFEFF/, ''), fileName);
}

function parseJson(text: string, fileName: string): ParsedRealisation {
  const parsed = parseJsonText(text);
  if ('error' in parsed) throw new SturingError('JSON_ONGELDIG', `${fileName}:${parsed.line}:${parsed.column} ${parsed.error}`, [], fileName);
  const map = new JsonSourceMap(text);
  const issues = validateAgainstSchema('realisation.schema.json', parsed.value).map((issue) => {
    const at = map.locate(issue.path);
    return { ...issue, file: fileName, line: at.line, column: at.column, message: `${issue.path || '/'}: ${amountMessage(issue)}` };
  });
  if (issues.length > 0) fail(fileName, issues);
  const realisation = parsed.value as Realisation;
  return {
    realisation,
    origin: { bestand: fileName, formaat: 'json', regelnummers: realisation.regels.map((_, i) => map.locate(`/regels/${i}`).line) },
  };
}

function amountMessage(issue: Issue): string {
  if (issue.code === 'FORMAAT_ONGELDIG' && /\/(omzet|voorschotten|budget|lumpsum)$/.test(issue.path))
    return 'geen geldig bedrag: gebruik een niet-negatief bedrag als "1234.56" (punt als decimaalteken, hoogstens twee decimalen)';
  return issue.message;
}

const COMMENT = /^\s*#/;

function parseCsv(text: string, fileName: string): ParsedRealisation {
  const lines = text.split(/\r?\n/);
  // A leading block of "# key: value" lines carries the metadata (regio, jaar, fictief, toelichting).
  const meta: Record<string, string> = {};
  let skip = 0;
  while (skip < lines.length && (COMMENT.test(lines[skip]) || lines[skip].trim() === '')) {
    const m = /^\s*#\s*([a-z]+)\s*:\s*(.*)$/i.exec(lines[skip]);
    if (m) meta[m[1].toLowerCase()] = m[2].trim();
    skip++;
  }
  const body = lines.slice(skip).join('\n');
  // The delimiter is the one the header row uses most (semicolon, comma or tab), so a short file is read the same as a long one.
  const firstLine = lines[skip] ?? '';
  const delimiter = [';', ',', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ';');
  const result = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter });
  const rows = result.data;
  if (rows.length === 0 || rows[0].every((c) => c.trim() === ''))
    fail(fileName, [{ path: '', file: fileName, line: skip + 1, message: 'geen kopregel gevonden' }]);
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const headerLine = skip + 1;
  const issues: Issue[] = [];
  for (const column of CSV_COLUMNS) {
    if (column.verplicht && !header.includes(column.kolom))
      issues.push({
        path: '',
        code: 'KOLOM_ONTBREEKT',
        file: fileName,
        line: headerLine,
        message: `regel ${headerLine}: kolom "${column.kolom}" ontbreekt in de kopregel`,
      });
  }
  header.forEach((name, i) => {
    if (name !== '' && !CSV_COLUMNS.some((c) => c.kolom === name))
      issues.push({
        path: '',
        code: 'KOLOM_ONBEKEND',
        file: fileName,
        line: headerLine,
        column: i + 1,
        message: `regel ${headerLine}: onbekende kolom "${name}"; bekend zijn ${CSV_COLUMNS.map((c) => c.kolom).join(', ')}`,
      });
  });
  if (issues.length > 0) fail(fileName, issues);

  const regels: RealisationLine[] = [];
  const regelnummers: number[] = [];
  rows.slice(1).forEach((cells, index) => {
    const line = headerLine + 1 + index;
    if (cells.every((c) => c.trim() === '') || COMMENT.test(cells[0] ?? '')) return;
    const record: Record<string, unknown> = {};
    for (const column of CSV_COLUMNS) {
      const i = header.indexOf(column.kolom);
      if (i < 0) continue;
      const raw = (cells[i] ?? '').trim();
      const at = { path: `/regels/${regels.length}/${column.veld}`, file: fileName, line, column: i + 1 };
      if (raw === '') {
        if (column.verplicht && column.soort === 'tekst')
          issues.push({ ...at, code: 'VERPLICHT_VELD', message: `rij ${line}, kolom "${column.kolom}": leeg; vul een waarde in` });
        continue;
      }
      const value = cellValue(raw, column.soort);
      if (value === undefined) {
        issues.push({
          ...at,
          code: 'FORMAAT_ONGELDIG',
          message: `rij ${line}, kolom "${column.kolom}": "${raw}" is ${
            column.soort === 'bedrag'
              ? 'geen geldig bedrag (niet-negatief, hoogstens twee decimalen, zoals 1234.56)'
              : column.soort === 'aantal'
                ? 'geen niet-negatief geheel getal'
                : 'geen niet-negatief getal'
          }`,
        });
        continue;
      }
      record[column.veld] = value;
    }
    for (const column of CSV_COLUMNS)
      if (column.soort !== 'tekst' && column.verplicht && record[column.veld] === undefined && column.soort === 'bedrag') record[column.veld] = '0';
    regels.push(record as unknown as RealisationLine);
    regelnummers.push(line);
  });
  const jaarText = meta.jaar ?? /(\d{4})(?!.*\d{4})/.exec(fileName)?.[1];
  const regio = meta.regio ?? regels[0]?.ruleset?.split('/')[0];
  if (!jaarText || !/^\d{4}$/.test(jaarText))
    issues.push({
      path: '/jaar',
      code: 'VERPLICHT_VELD',
      file: fileName,
      line: 1,
      message: 'geen jaar: zet "# jaar: JJJJ" boven de kopregel of het jaar in de bestandsnaam',
    });
  if (regels.length === 0 && issues.length === 0)
    issues.push({ path: '/regels', code: 'TE_WEINIG', file: fileName, line: headerLine, message: 'geen regels onder de kopregel' });
  if (issues.length > 0) fail(fileName, issues);
  const realisation: Realisation = {
    regio: regio as string,
    jaar: Number(jaarText),
    ...(meta.fictief !== undefined ? { fictief: /^(ja|true|1)$/i.test(meta.fictief) } : {}),
    ...(meta.toelichting ? { toelichting: meta.toelichting } : {}),
    regels,
  };
  // The same schema as JSON, so both formats accept exactly the same data.
  const schemaIssues = validateAgainstSchema('realisation.schema.json', realisation).map((issue) => {
    const m = /^\/regels\/(\d+)\/(\w+)/.exec(issue.path);
    const line = m ? regelnummers[Number(m[1])] : 1;
    const kolom = m ? CSV_COLUMNS.find((c) => c.veld === m[2])?.kolom : undefined;
    return {
      ...issue,
      file: fileName,
      line,
      message: m ? `rij ${line}, kolom "${kolom ?? m[2]}": ${amountMessage(issue)}` : `${issue.path}: ${issue.message}`,
    };
  });
  if (schemaIssues.length > 0) fail(fileName, schemaIssues);
  return { realisation, origin: { bestand: fileName, formaat: 'csv', regelnummers } };
}

/** A CSV cell as its JSON value; a comma is accepted as the decimal sign when there is no dot. Undefined when invalid. */
function cellValue(raw: string, soort: 'tekst' | 'bedrag' | 'aantal' | 'getal'): unknown {
  if (soort === 'tekst') return raw;
  const text = !raw.includes('.') && /^\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  if (soort === 'bedrag') return /^\d+(\.\d{1,2})?$/.test(text) ? text : undefined;
  if (soort === 'aantal') return /^\d+$/.test(text) ? Number(text) : undefined;
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}
