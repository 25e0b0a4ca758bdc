/**
 * Case-system exports (CSV, xlsx) as allocations: a column-mapping file names which column holds the gemeente, the
 * product code, the volume, the dates…; Dutch dates ("31-12-2023") and amounts ("1.234,56") are understood. Each row
 * becomes the same allocation item a 301 gives, so mapping, checks and impact treat both alike. A bad row is reported
 * with file, row and column and skipped; the rest is read. CSV is parsed with papaparse; xlsx rows come from the node
 * adapter (exceljs) as cell values.
 */
import Decimal from 'decimal.js';
import Papa from 'papaparse';
import { CODE_LISTS } from './code-lists';
import type { MessageDomain } from './code-mapping';
import type { AllocationItem, MessageInfo, MessageProblem, MessageReaderSession } from './message-reader';
import { validateAgainstSchema } from '../model/schemas';
import { isIsoDate } from '../model/dates';
import { SturingError } from '../model/errors';

export const COLUMN_FIELDS = [
  'gemeente',
  'aanbieder',
  'toewijzingNummer',
  'productcategorie',
  'productcode',
  'volume',
  'eenheid',
  'frequentie',
  'budget',
  'besluitdatum',
  'ingangsdatum',
  'einddatum',
  'geboortedatum',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export interface ColumnMapping {
  $schema?: string;
  toelichting?: string;
  /** wmo (iWmo codes) or jeugd (iJw codes); default wmo. */
  domein?: MessageDomain;
  /** xlsx: the sheet to read (default: the first). */
  blad?: string;
  /** Column header per field; gemeente, toewijzingNummer, ingangsdatum are required. */
  kolommen: Partial<Record<ColumnField, string>> & { gemeente: string; toewijzingNummer: string; ingangsdatum: string };
}

/** Validates a column-mapping document; throws INVOER_ONGELDIG naming the field. */
export function parseColumnMapping(document: unknown, name: string): ColumnMapping {
  const issues = validateAgainstSchema('column-mapping.schema.json', document);
  if (issues.length > 0)
    throw new SturingError(
      'INVOER_ONGELDIG',
      `${name}: ${issues[0].path || '/'} ${issues[0].message}`,
      issues.map((i) => ({ ...i, file: name })),
      name,
    );
  return document as ColumnMapping;
}

/** "31-12-2023", "31/12/2023", "2023-12-31" or an xlsx date → "2023-12-31"; undefined when it is no real date. */
export function dutchDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const text = String(value ?? '').trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : text;
  return isIsoDate(iso) ? iso : undefined;
}

/** "1.234,56", "1234,56", "1234.56" (no thousands dots then) or an xlsx number → "1234.56"; undefined otherwise. */
export function dutchAmount(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(value).toFixed(2) : undefined;
  const text = String(value ?? '')
    .trim()
    .replace(/^€\s*/, '');
  if (/^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$/.test(text) || /^-?\d+(,\d{1,2})?$/.test(text))
    return new Decimal(text.replace(/\./g, '').replace(',', '.')).toFixed(2);
  if (/^-?\d+\.\d{1,2}$/.test(text)) return new Decimal(text).toFixed(2);
  return undefined;
}

class RowError extends Error {
  constructor(
    readonly column: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads rows (header → cell value) of one export into the session's sink, as allocation items. */
export class SpreadsheetReader {
  private readonly headerIndex = new Map<string, number>();

  constructor(
    private readonly session: MessageReaderSession,
    private readonly mapping: ColumnMapping,
    readonly file: string,
  ) {}

  /** Checks that every mapped column exists; returns false (and reports) when the export cannot be read. */
  header(columns: readonly string[]): boolean {
    columns.forEach((c, i) => this.headerIndex.set(c.trim(), i + 1));
    const missing = Object.entries(this.mapping.kolommen).filter(([, header]) => header !== undefined && !this.headerIndex.has(header));
    this.session.stats.berichten++;
    if (missing.length > 0) {
      this.report(1, 1, '', 'KOLOM_ONTBREEKT', `Kolom(men) ${missing.map(([field, header]) => `"${header}" (${field})`).join(', ')} ontbreken in de kopregel.`);
      this.session.stats.berichtenOvergeslagen++;
      this.session.skipped('KOLOM_ONTBREEKT');
      return false;
    }
    return true;
  }

  private report(line: number, column: number, path: string, code: string, message: string): void {
    const problem: MessageProblem = { file: this.file, line, column, path, code, message };
    this.session.sink.problem(problem);
  }

  /** One data row; `line` is its row number in the file (the header is row 1). */
  row(values: Record<string, unknown>, line: number): void {
    const k = this.mapping.kolommen;
    const domein = this.mapping.domein ?? 'wmo';
    const cell = (field: ColumnField): string | undefined => {
      const header = k[field];
      if (!header) return undefined;
      const value = values[header];
      if (value === undefined || value === null) return undefined;
      const text = value instanceof Date ? (dutchDate(value) ?? '') : String(value).trim();
      return text === '' ? undefined : text;
    };
    const required = (field: ColumnField): string => {
      const value = cell(field);
      if (value === undefined) throw new RowError(k[field] ?? field, 'VELD_ONTBREEKT', `Rij ${line}: kolom "${k[field]}" (${field}) is leeg.`);
      return value;
    };
    const date = (field: ColumnField, must: boolean): string | undefined => {
      const header = k[field];
      const raw = header ? values[header] : undefined;
      const text = cell(field);
      if (text === undefined) {
        if (must) required(field);
        return undefined;
      }
      const iso = dutchDate(raw instanceof Date ? raw : text);
      if (!iso)
        throw new RowError(
          header!,
          'DATUM_ONGELDIG',
          `Rij ${line}, kolom "${header}": "${text}" is geen geldige datum (verwacht dd-mm-jjjj, bijvoorbeeld 31-12-2023).`,
        );
      return iso;
    };
    const code = (field: ColumnField, list: 'Eenheid' | 'Frequentie' | 'ProductCategorie'): string | undefined => {
      const value = cell(field);
      if (value === undefined) return undefined;
      const padded = list === 'Frequentie' ? value : value.padStart(2, '0');
      if (!(padded in CODE_LISTS[domein][list]))
        throw new RowError(k[field]!, 'CODE_ONBEKEND', `Rij ${line}, kolom "${k[field]}": "${value}" staat niet in de codelijst ${list}.`);
      return padded;
    };
    try {
      const gemeente = required('gemeente');
      const gemeentecode = /^\d{1,4}$/.test(gemeente) ? gemeente.padStart(4, '0') : gemeente;
      const toewijzingNummer = required('toewijzingNummer');
      const ingangsdatum = date('ingangsdatum', true)!;
      const einddatum = date('einddatum', false);
      if (einddatum && einddatum < ingangsdatum)
        throw new RowError(k.einddatum!, 'PERIODE_ONGELDIG', `Rij ${line}: einddatum ${einddatum} ligt voor de ingangsdatum ${ingangsdatum}.`);
      const categorie = code('productcategorie', 'ProductCategorie');
      const productcode = cell('productcode');
      const volumeText = cell('volume');
      let omvang: AllocationItem['omvang'];
      if (volumeText !== undefined) {
        if (!/^\d{1,8}$/.test(volumeText) || Number(volumeText) === 0)
          throw new RowError(
            k.volume!,
            'AANTAL_ONGELDIG',
            `Rij ${line}, kolom "${k.volume}": "${volumeText}" is geen geldig aantal (een geheel getal vanaf 1).`,
          );
        omvang = {
          volume: Number(volumeText),
          eenheid: code('eenheid', 'Eenheid') ?? required('eenheid'),
          frequentie: code('frequentie', 'Frequentie') ?? required('frequentie'),
        };
      }
      const budgetText = cell('budget');
      const budget = budgetText === undefined ? undefined : dutchAmount(k.budget ? values[k.budget] : budgetText);
      if (budgetText !== undefined && budget === undefined)
        throw new RowError(k.budget!, 'BEDRAG_ONGELDIG', `Rij ${line}, kolom "${k.budget}": "${budgetText}" is geen bedrag (bijvoorbeeld 1.234,56).`);
      const category = categorie ?? productcode?.slice(0, 2);
      const besluitdatum = date('besluitdatum', false) ?? ingangsdatum;
      const message: MessageInfo = {
        file: this.file,
        bericht: '301',
        domein,
        berichtCode: 'export',
        afzender: gemeentecode,
        ontvanger: cell('aanbieder') ?? '',
        identificatie: this.file.split(/[\\/]/).pop() ?? this.file,
        dagtekening: besluitdatum,
      };
      const item: AllocationItem = {
        soort: 'toewijzing',
        message,
        place: { file: this.file, line, column: 1, path: `rij ${line}` },
        clientKey: '',
        geboortedatum: date('geboortedatum', false),
        toewijzingNummer,
        product: category ? { categorie: category, ...(productcode ? { code: productcode } : {}) } : undefined,
        toewijzingsdatum: besluitdatum,
        ingangsdatum,
        einddatum,
        omvang,
        budget,
      };
      this.session.stats.items.toewijzing++;
      this.session.sink.item(item);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      this.report(line, this.headerIndex.get(error.column) ?? 1, error.column, error.code, `${error.message} De rij is overgeslagen.`);
      this.session.skipped(error.code);
    }
  }
}

/** Reads a CSV export (header row first; separator detected) row by row. */
export function readCsvExport(session: MessageReaderSession, mapping: ColumnMapping, file: string, text: string): void {
  const reader = new SpreadsheetReader(session, mapping, file);
  let line = 1;
  let ok = true;
  let first = true;
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    step: (result) => {
      if (first) {
        first = false;
        ok = reader.header(result.meta.fields ?? []);
      }
      line++;
      if (!ok) return;
      if (result.errors.length > 0) {
        session.sink.problem({
          file,
          line,
          column: 1,
          path: `rij ${line}`,
          code: 'CSV_ONGELDIG',
          message: `Rij ${line}: ${result.errors[0].message}. De rij is overgeslagen.`,
        });
        session.skipped('CSV_ONGELDIG');
        return;
      }
      reader.row(result.data, line);
    },
  });
  if (first) {
    session.stats.berichten++;
    session.sink.problem({ file, line: 1, column: 1, path: '', code: 'CSV_ONGELDIG', message: 'Het bestand heeft geen kopregel en geen rijen.' });
    session.skipped('CSV_ONGELDIG');
  }
}
