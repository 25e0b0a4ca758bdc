/**
 * Streaming, namespace-aware reader of iWmo / iJw 3.2 messages (saxes). Feed text in chunks; every product (allocation,
 * start, stop, request, declaration line) comes out as an item as soon as its Client element closes, so memory stays
 * bounded by one Client. Problems name file, line, column and element path, in Dutch; a bad product or client is
 * skipped and counted, the rest of the message is read. The BSN is checked and turned into a salted hash at once:
 * it never leaves this file.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { isIsoDate } from '../model/dates';
import { CODE_LISTS, type CodeListName } from './code-lists';
import type { MessageDomain } from './code-mapping';
import { BERICHT_CODES, MESSAGE_NAMES, REPEATING, parseMessageNamespace, type MessageNumber } from './message-types';

export interface Place {
  file: string;
  line: number;
  column: number;
  /** Element path, e.g. /Bericht/Client[2]/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Volume. */
  path: string;
}

export interface MessageProblem extends Place {
  code: string;
  message: string;
  /** BerichtIdentificatie of the message, when the header was read. */
  bericht?: string;
}

export interface MessageInfo {
  file: string;
  bericht: MessageNumber;
  domein: MessageDomain;
  berichtCode: string;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  dagtekening: string;
}

export interface ProductRef {
  categorie: string;
  code?: string;
}

export interface Omvang {
  volume: number;
  eenheid: string;
  frequentie: string;
}

interface ItemBase {
  message: MessageInfo;
  place: Place;
  /** Salted hash of the client's BSN (stable within one reading session, meaningless outside it). */
  clientKey: string;
  geboortedatum?: string;
}

export interface AllocationItem extends ItemBase {
  soort: 'toewijzing';
  toewijzingNummer: string;
  referentieAanbieder?: string;
  product?: ProductRef;
  toewijzingsdatum: string;
  ingangsdatum: string;
  einddatum?: string;
  redenWijziging?: string;
  omvang?: Omvang;
  /** Euros as a decimal string ("1234.56"), from eurocents. */
  budget?: string;
  commentaar?: string;
}

export interface StartItem extends ItemBase {
  soort: 'start';
  toewijzingNummer: string;
  product?: ProductRef;
  toewijzingIngangsdatum: string;
  begindatum: string;
  statusAanlevering: string;
}

export interface StopItem extends ItemBase {
  soort: 'stop';
  toewijzingNummer: string;
  product?: ProductRef;
  toewijzingIngangsdatum: string;
  begindatum?: string;
  einddatum: string;
  redenBeeindiging: string;
  statusAanlevering: string;
}

export interface RequestItem extends ItemBase {
  soort: 'verzoek';
  /** 315: a new request; 317: which part of the change request. */
  wijziging: 'aanvraag' | 'ongewijzigd' | 'te-wijzigen' | 'nieuw';
  toewijzingNummer?: string;
  product?: ProductRef;
  omvang?: Omvang;
  budget?: string;
  ingangsdatum: string;
  einddatum?: string;
  raamcontract?: string;
  verwijzer?: string;
}

export interface DeclarationItem extends ItemBase {
  soort: 'prestatie';
  declaratieNummer: string;
  declaratiePeriode: { begin: string; eind: string };
  toewijzingNummer: string;
  product: ProductRef;
  productPeriode: { begin: string; eind: string };
  geleverdVolume: number;
  eenheid: string;
  /** Euros as decimal strings, from eurocents. */
  productTarief: string;
  ingediendBedrag: string;
  debetCredit: 'D' | 'C';
}

export type MessageItem = AllocationItem | StartItem | StopItem | RequestItem | DeclarationItem;

export interface ReaderStats {
  berichten: number;
  berichtenOvergeslagen: number;
  items: Record<MessageItem['soort'], number>;
  /** Skipped items or messages per problem code. */
  overgeslagen: Record<string, number>;
}

export interface ReaderSink {
  item(item: MessageItem): void;
  problem(problem: MessageProblem): void;
}

/** Children of a leaf: one shared empty list, replaced by a real one at the first child (most elements are leaves). */
const NO_CHILDREN: XNode[] = Object.freeze([]) as unknown as XNode[];

/** One element of the message, kept only until its Client (or Header) is processed. The path is built on demand. */
class XNode {
  children: XNode[] = NO_CHILDREN;
  text = '';
  /** Occurrences of repeating child elements so far, by name (only for REPEATING names). */
  repeats?: Record<string, number>;
  private cachedPath?: string;

  constructor(
    readonly name: string,
    readonly line: number,
    readonly column: number,
    readonly parent: XNode | undefined,
    /** 1-based position among same-named siblings for repeating elements, else 0. */
    readonly index: number,
  ) {}

  get path(): string {
    if (this.cachedPath === undefined) this.cachedPath = `${this.parent ? this.parent.path : ''}/${this.name}${this.index > 0 ? `[${this.index}]` : ''}`;
    return this.cachedPath;
  }

  /** The first child of that name. */
  child(name: string): XNode | undefined {
    const { children } = this;
    for (let i = 0; i < children.length; i++) if (children[i].name === name) return children[i];
    return undefined;
  }

  /** Line, column and path (the path built now: only for a problem or an item's place). */
  at(): { line: number; column: number; path: string } {
    return { line: this.line, column: this.column, path: this.path };
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date in YYYY-MM-DD form (fast path of isIsoDate for the reader's many dates). */
function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const month = (value.charCodeAt(5) - 48) * 10 + value.charCodeAt(6) - 48;
  const day = (value.charCodeAt(8) - 48) * 10 + value.charCodeAt(9) - 48;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return month !== 2 || day < 29 || isIsoDate(value);
}

/** Only ASCII digits, at least one (what /^\d+$/ accepts). */
function allDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

class SkipError extends Error {
  constructor(readonly problem: Omit<MessageProblem, 'file'>) {
    super(problem.message);
  }
}

/** Eurocents (whole, ≤ 99,999,999) to a decimal euro string. */
export function centsToEuros(cents: string): string {
  const negative = cents.startsWith('-');
  const digits = (negative ? cents.slice(1) : cents).padStart(3, '0');
  const euros = `${digits.slice(0, -2).replace(/^0+(?=\d)/, '')}.${digits.slice(-2)}`;
  return negative && euros !== '0.00' ? `-${euros}` : euros;
}

/** The Dutch BSN check ("elfproef"). */
export function isValidBsn(value: string): boolean {
  if (value.length !== 9 || !allDigits(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (value.charCodeAt(i) - 48) * (9 - i);
  sum -= value.charCodeAt(8) - 48;
  return sum % 11 === 0 && value !== '000000000';
}

function randomSalt(): string {
  const bytes = new Uint8Array(16);
  (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  return bytesToHex(bytes);
}

export interface ReaderOptions {
  /** Salt for the client key; one per reading session (default: random). */
  salt?: string;
  /** Compute client keys (salted hashes of the BSN) — only counting distinct clients needs them; default false (key ""). */
  clientKeys?: boolean;
}

/** Reads many messages (files) in one session: client keys are comparable across them. */
export class MessageReaderSession {
  readonly stats: ReaderStats = {
    berichten: 0,
    berichtenOvergeslagen: 0,
    items: { toewijzing: 0, start: 0, stop: 0, verzoek: 0, prestatie: 0 },
    overgeslagen: {},
  };
  private readonly salt: string;
  private readonly keys = new Map<string, string>();

  constructor(
    readonly sink: ReaderSink,
    options: ReaderOptions = {},
  ) {
    this.salt = options.salt ?? randomSalt();
    this.withKeys = options.clientKeys ?? false;
  }

  private readonly withKeys: boolean;

  /** A reader for one file: call write() with its text in chunks, then close(). */
  open(file: string): MessageFileReader {
    return new MessageFileReader(this, file);
  }

  /** Reads one whole text (convenience for small inputs). */
  readText(file: string, text: string): void {
    const reader = this.open(file);
    reader.write(text);
    reader.close();
  }

  clientKey(bsn: string): string {
    if (!this.withKeys) return '';
    let key = this.keys.get(bsn);
    if (!key) {
      key = bytesToHex(sha256(utf8ToBytes(this.salt + bsn))).slice(0, 24);
      if (this.keys.size > 100_000) this.keys.clear();
      this.keys.set(bsn, key);
    }
    return key;
  }

  skipped(code: string): void {
    this.stats.overgeslagen[code] = (this.stats.overgeslagen[code] ?? 0) + 1;
  }
}

export class MessageFileReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly stack: XNode[] = [];
  private info?: MessageInfo;
  private domein?: MessageDomain;
  private bericht?: MessageNumber;
  /** The message's own namespace and its base schema's (elements in any other are skipped). */
  private messageNamespace = '';
  private basisNamespace = '';
  /** Depth of a foreign-namespace subtree being skipped (0: not skipping). */
  private foreignDepth = 0;
  private sawRoot = false;
  /** Set once the message cannot be read further (not XML, wrong namespace, bad header). */
  private stopped = false;
  private headerSeen = false;
  private itemsOfMessage = 0;

  constructor(
    private readonly session: MessageReaderSession,
    readonly file: string,
  ) {
    session.stats.berichten++;
    this.parser.on('opentag', (tag) => this.openElement(tag));
    this.parser.on('closetag', () => this.closeElement());
    this.parser.on('text', (text) => {
      const top = this.stack[this.stack.length - 1];
      if (top && this.foreignDepth === 0) {
        if (top.children.length === 0) top.text += text;
      } else if (!top && !this.sawRoot && text.trim() !== '')
        this.fail('XML_ONGELDIG', 'Het bestand is geen XML-bericht: er staat tekst buiten het hoofdelement.', '/');
    });
    this.parser.on('cdata', (text) => {
      const top = this.stack[this.stack.length - 1];
      if (top && this.foreignDepth === 0) top.text += text;
    });
    this.parser.on('error', (error) => {
      const message = error.message.replace(/^[^:]*:\d+:\d+: /, '');
      this.fail('XML_ONGELDIG', `Het bestand is geen geldige XML: ${translateXmlError(message).replace(/\.$/, '')}.`, this.currentPath());
    });
  }

  write(chunk: string): void {
    if (this.stopped) return;
    try {
      this.parser.write(chunk);
    } catch {
      // reported through the error handler
    }
  }

  close(): void {
    if (!this.stopped) {
      try {
        this.parser.close();
      } catch {
        // reported through the error handler
      }
      if (!this.sawRoot && !this.stopped) this.fail('XML_ONGELDIG', 'Het bestand is leeg of bevat geen XML-bericht.', '/');
    }
    if (this.stopped) {
      this.session.stats.berichtenOvergeslagen++;
      // Clients still open when reading stopped are not processed.
      if (this.stack.length > 1) this.session.skipped('BERICHT_ONVOLLEDIG');
    }
  }

  private currentPath(): string {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1].path : '/';
  }

  private problem(code: string, message: string, at: { line: number; column: number; path: string }): void {
    this.session.sink.problem({ file: this.file, line: at.line, column: at.column, path: at.path, code, message, bericht: this.info?.identificatie });
  }

  private fail(code: string, message: string, path: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.problem(code, message, { line: this.parser.line, column: Math.max(1, this.parser.column), path });
    this.session.skipped(code);
  }

  private openElement(tag: SaxesTagNS): void {
    if (this.stopped) return;
    if (this.foreignDepth > 0) {
      this.foreignDepth++;
      return;
    }
    const line = this.parser.line;
    const column = Math.max(1, this.parser.column);
    if (!this.sawRoot) {
      this.sawRoot = true;
      const ns = parseMessageNamespace(tag.uri);
      if (tag.local !== 'Bericht' || !ns) {
        this.stack.push(new XNode(tag.local, line, column, undefined, 0));
        this.fail(
          'NAMESPACE_ONBEKEND',
          ns
            ? `Het hoofdelement heet "${tag.local}", verwacht "Bericht".`
            : `Geen iWmo/iJw 3.2-bericht: namespace "${tag.uri || '(geen)'}" van <${tag.name}> is onbekend (verwacht http://www.istandaarden.nl/iwmo/3_2/wmo301/schema of een ander bericht, of …/ijw/3_2/jw301/schema).`,
          `/${tag.local}`,
        );
        return;
      }
      this.domein = ns.domein;
      this.bericht = ns.bericht;
      this.messageNamespace = tag.uri;
      this.basisNamespace = ns.basis;
      this.stack.push(new XNode('Bericht', line, column, undefined, 0));
      return;
    }
    const parent = this.stack[this.stack.length - 1];
    const uri = tag.uri;
    if (uri !== this.messageNamespace && uri !== this.basisNamespace) {
      this.problem('NAMESPACE_ONBEKEND', `Element <${tag.name}> staat in een onbekende namespace ("${tag.uri || '(geen)'}") en is overgeslagen.`, {
        line,
        column,
        path: `${parent.path}/${tag.local}`,
      });
      this.foreignDepth = 1;
      return;
    }
    let index = 0;
    if (REPEATING.has(tag.local)) {
      const repeats = (parent.repeats ??= {});
      index = repeats[tag.local] = (repeats[tag.local] ?? 0) + 1;
    }
    const node = new XNode(tag.local, line, column, parent, index);
    if (parent.children === NO_CHILDREN) parent.children = [node];
    else parent.children.push(node);
    this.stack.push(node);
  }

  private closeElement(): void {
    if (this.stopped) return;
    if (this.foreignDepth > 0) {
      this.foreignDepth--;
      return;
    }
    const node = this.stack.pop();
    if (!node) return;
    if (this.stack.length === 1) {
      // a child of Bericht: process it and let it go
      const bericht = this.stack[0];
      bericht.children.pop();
      this.child(node);
    } else if (this.stack.length === 0) {
      if (!this.headerSeen) this.fail('HEADER_ONTBREEKT', 'Het bericht heeft geen Header.', '/Bericht');
      else if (this.itemsOfMessage === 0 && this.bericht) this.noteEmpty();
    }
  }

  private noteEmpty(): void {
    // An empty message is legal XML but carries nothing; it is reported so a user is not left wondering.
    this.problem('BERICHT_LEEG', `Het bericht (${MESSAGE_NAMES[this.bericht!]}) bevat geen producten.`, {
      line: this.parser.line,
      column: this.parser.column,
      path: '/Bericht',
    });
  }

  private child(node: XNode): void {
    if (node.name === 'Header') {
      this.headerSeen = true;
      this.header(node);
      return;
    }
    if (!this.headerSeen) {
      this.fail('HEADER_ONTBREEKT', 'Het bericht begint niet met een Header.', node.path);
      return;
    }
    if (node.name === 'Client') this.client(node);
    else if (node.name === 'Declaratie' && this.bericht === '323') this.declaratie = node;
    else this.problem('ELEMENT_ONVERWACHT', `Onverwacht element <${node.name}> in het bericht; overgeslagen.`, node);
  }

  private declaratie?: XNode;

  private header(node: XNode): void {
    const f = new Fields(node, this.domein!);
    try {
      const berichtCode = f.req('BerichtCode', 'cijfers', 3);
      const expected = BERICHT_CODES[this.domein!][this.bericht!];
      if (berichtCode.value !== expected) {
        throw new SkipError({
          ...berichtCode.at(),
          code: 'BERICHTCODE_ONJUIST',
          message: `BerichtCode ${berichtCode.value} past niet bij het bericht: een ${this.domein === 'wmo' ? 'iWmo' : 'iJw'}-${this.bericht} (${MESSAGE_NAMES[this.bericht!]}) heeft BerichtCode ${expected}.`,
        });
      }
      const versie = f.req('BerichtVersie', 'cijfers', 1);
      const subversie = f.req('BerichtSubversie', 'cijfers', 1);
      if (versie.value !== '3' || subversie.value !== '2')
        throw new SkipError({
          ...versie.at(),
          code: 'VERSIE_ONJUIST',
          message: `Berichtversie ${versie.value}.${subversie.value} wordt niet gelezen; verwacht 3.2.`,
        });
      const fromGemeente = this.bericht === '301';
      const afzender = f.reqText('Afzender', 'cijfers', fromGemeente ? 4 : 8);
      const ontvanger = f.reqText('Ontvanger', 'cijfers', fromGemeente ? 8 : 4);
      const ident = f.group('BerichtIdentificatie');
      const identificatie = ident.reqText('Identificatie', 'tekst', 12);
      const dagtekening = ident.reqText('Dagtekening', 'datum');
      this.info = {
        file: this.file,
        bericht: this.bericht!,
        domein: this.domein!,
        berichtCode: berichtCode.value,
        afzender,
        ontvanger,
        identificatie,
        dagtekening,
      };
    } catch (error) {
      if (!(error instanceof SkipError)) throw error;
      this.fail(error.problem.code, error.problem.message, error.problem.path);
    }
  }

  private client(node: XNode): void {
    const f = new Fields(node, this.domein!);
    let clientKey: string;
    let geboortedatum: string | undefined;
    try {
      const bsn = f.req('Bsn', 'geheim');
      const geboorte = f.optGroup('Geboortedatum');
      geboortedatum = geboorte ? geboorte.reqText('Datum', 'datum') : undefined;
      clientKey = this.session.clientKey(bsn.value);
    } catch (error) {
      if (!(error instanceof SkipError)) throw error;
      this.problem(error.problem.code, `${error.problem.message} De cliënt is overgeslagen.`, error.problem);
      this.session.skipped(error.problem.code);
      return;
    }
    const products = this.productsOf(f);
    for (const entry of products) {
      try {
        const base: ItemBase = { message: this.info!, place: this.place(entry.node), clientKey, geboortedatum };
        const item = entry.read(new Fields(entry.node, this.domein!), base, entry.wijziging, entry.declaratie);
        this.itemsOfMessage++;
        this.session.stats.items[item.soort]++;
        this.session.sink.item(item);
      } catch (error) {
        if (!(error instanceof SkipError)) throw error;
        this.problem(error.problem.code, `${error.problem.message} Het product is overgeslagen.`, error.problem);
        this.session.skipped(error.problem.code);
      }
    }
  }

  private place(node: XNode): Place {
    return { file: this.file, line: node.line, column: node.column, path: node.path };
  }

  private productsOf(f: Fields): { node: XNode; read: ProductReader; wijziging?: RequestItem['wijziging']; declaratie?: Fields }[] {
    switch (this.bericht!) {
      case '301':
        return productNodes(f, 'ToegewezenProducten', 'ToegewezenProduct', readAllocation);
      case '305':
        return productNodes(f, 'StartProducten', 'StartProduct', readStart);
      case '307':
        return productNodes(f, 'StopProducten', 'StopProduct', readStop);
      case '315':
        return productNodes(f, 'AangevraagdeProducten', 'AangevraagdProduct', readRequest, 'aanvraag');
      case '317': {
        const verzoek = f.optGroup('Verzoek');
        if (!verzoek) return [];
        return [
          ...productNodes(verzoek, 'OngewijzigdeProducten', 'OngewijzigdProduct', readRequest, 'ongewijzigd'),
          ...productNodes(verzoek, 'TeWijzigenProducten', 'TeWijzigenProduct', readRequest, 'te-wijzigen'),
          ...productNodes(verzoek, 'NieuweProducten', 'NieuwProduct', readRequest, 'nieuw'),
        ];
      }
      case '323': {
        const declaratie = this.declaratie ? new Fields(this.declaratie, this.domein!) : undefined;
        return productNodes(f, 'Prestaties', 'Prestatie', readDeclaration, undefined, declaratie);
      }
    }
  }
}

function translateXmlError(message: string): string {
  const known: [RegExp, string][] = [
    [/unclosed tag: (.*)/, 'het bestand houdt op binnen <$1> (afgebroken?)'],
    [/unexpected end/, 'het bestand houdt onverwacht op (afgebroken?)'],
    [/text data outside of root node/, 'er staat tekst buiten het hoofdelement'],
    [/unmatched closing tag: (.*)/, 'sluittag </$1> zonder bijbehorende begintag'],
    [/document must contain a root element/, 'het bestand bevat geen hoofdelement'],
    [/unbound namespace prefix: "?([^"]*)"?/, 'onbekend namespace-voorvoegsel "$1"'],
    [/disallowed character/, 'ongeldig teken'],
  ];
  for (const [pattern, dutch] of known)
    if (pattern.test(message)) return message.replace(pattern, dutch).replace(/^.*?(het bestand|er staat|sluittag|onbekend|ongeldig)/, '$1');
  return `ongeldige opbouw (${message.replace(/\.$/, '')})`;
}

type Form = 'datum' | 'cijfers' | 'tekst' | 'bedrag' | 'aantal' | 'geheim' | CodeListName;

/** A field read: its trimmed text and, for a problem found later, its element (place and path on demand). */
class Value {
  constructor(
    readonly value: string,
    private readonly node: XNode,
  ) {}

  at(): { line: number; column: number; path: string } {
    return this.node.at();
  }
}

/** [code, Dutch message] when `value` does not have the field's form. */
function checkForm(value: string, name: string, form: Form, length: number | undefined, domein: MessageDomain): [string, string] | undefined {
  switch (form) {
    case 'datum':
      return isCalendarDate(value) ? undefined : ['DATUM_ONGELDIG', `${name} "${value}" is geen geldige datum (verwacht JJJJ-MM-DD).`];
    case 'cijfers':
      return value.length === (length ?? 1) && allDigits(value)
        ? undefined
        : ['VELD_ONGELDIG', `${name} "${value}" moet uit ${length ?? 1} cijfer(s) bestaan.`];
    case 'tekst':
      return value !== '' && (length === undefined || value.length <= length)
        ? undefined
        : ['VELD_ONGELDIG', `${name} moet gevuld zijn${length !== undefined ? ` (hoogstens ${length} tekens)` : ''}.`];
    case 'aantal':
      return value.length <= 8 && allDigits(value) && Number(value) > 0
        ? undefined
        : ['AANTAL_ONGELDIG', `${name} "${value}" is geen geldig aantal (een geheel getal van 1 tot 99999999).`];
    case 'bedrag':
      return value.length <= 8 && allDigits(value)
        ? undefined
        : ['BEDRAG_ONGELDIG', `${name} "${value}" is geen geldig bedrag (hele eurocenten, hoogstens 99999999).`];
    case 'geheim':
      // The value is never repeated in a message.
      return isValidBsn(value) ? undefined : ['BSN_ONGELDIG', `${name} is geen geldig burgerservicenummer (9 cijfers, elfproef).`];
    default: {
      const list = CODE_LISTS[domein][form];
      return value in list ? undefined : ['CODE_ONBEKEND', `${name} "${value}" staat niet in de codelijst ${form} (${Object.keys(list).join(', ')}).`];
    }
  }
}

/** Reads the fields of one element, throwing SkipError (with place and Dutch message) on a missing or malformed one. */
class Fields {
  constructor(
    readonly node: XNode,
    readonly domein: MessageDomain,
  ) {}

  private find(name: string): XNode | undefined {
    return this.node.child(name);
  }

  group(name: string): Fields {
    const node = this.find(name);
    if (!node) throw this.missing(name);
    return new Fields(node, this.domein);
  }

  optGroup(name: string): Fields | undefined {
    const node = this.find(name);
    return node ? new Fields(node, this.domein) : undefined;
  }

  private missing(name: string): SkipError {
    return new SkipError({
      line: this.node.line,
      column: this.node.column,
      path: `${this.node.path}/${name}`,
      code: 'VELD_ONTBREEKT',
      message: `Verplicht element ${name} ontbreekt in ${this.node.name}.`,
    });
  }

  req(name: string, form: Form, length?: number): Value {
    const value = this.opt(name, form, length);
    if (!value) throw this.missing(name);
    return value;
  }

  opt(name: string, form: Form, length?: number): Value | undefined {
    const node = this.find(name);
    return node ? new Value(this.checked(node, name, form, length), node) : undefined;
  }

  /** The text of a required field (without keeping its place). */
  reqText(name: string, form: Form, length?: number): string {
    const node = this.find(name);
    if (!node) throw this.missing(name);
    return this.checked(node, name, form, length);
  }

  /** The text of an optional field, if present (without keeping its place). */
  optText(name: string, form: Form, length?: number): string | undefined {
    const node = this.find(name);
    return node ? this.checked(node, name, form, length) : undefined;
  }

  private checked(node: XNode, name: string, form: Form, length: number | undefined): string {
    const value = node.text.trim();
    const problem = checkForm(value, name, form, length, this.domein);
    if (problem) throw new SkipError({ line: node.line, column: node.column, path: node.path, code: problem[0], message: problem[1] });
    return value;
  }
}

type ProductReader = (f: Fields, base: ItemBase, wijziging?: RequestItem['wijziging'], declaratie?: Fields) => MessageItem;

function productNodes(
  f: Fields,
  group: string,
  element: string,
  read: ProductReader,
  wijziging?: RequestItem['wijziging'],
  declaratie?: Fields,
): { node: XNode; read: ProductReader; wijziging?: RequestItem['wijziging']; declaratie?: Fields }[] {
  const container = f.optGroup(group);
  if (!container) return [];
  const result = [];
  for (const node of container.node.children) if (node.name === element) result.push({ node, read, wijziging, declaratie });
  return result;
}

function readProduct(f: Fields, optional: true): ProductRef | undefined;
function readProduct(f: Fields, optional: false): ProductRef;
function readProduct(f: Fields, optional: boolean): ProductRef | undefined {
  const product = optional ? f.optGroup('Product') : f.group('Product');
  if (!product) return undefined;
  const categorie = product.reqText('Categorie', 'ProductCategorie');
  const code = product.optText('Code', 'tekst', 5);
  return { categorie, ...(code !== undefined ? { code } : {}) };
}

function readOmvang(f: Fields): Omvang | undefined {
  const omvang = f.optGroup('Omvang');
  if (!omvang) return undefined;
  return {
    volume: Number(omvang.reqText('Volume', 'aantal')),
    eenheid: omvang.reqText('Eenheid', 'Eenheid'),
    frequentie: omvang.reqText('Frequentie', 'Frequentie'),
  };
}

function checkPeriod(f: Fields, begin: Value, end: Value | undefined): void {
  if (end && end.value < begin.value)
    throw new SkipError({ ...end.at(), code: 'PERIODE_ONGELDIG', message: `Einddatum ${end.value} ligt voor de ingangsdatum ${begin.value}.` });
  void f;
}

function readAllocation(f: Fields, base: ItemBase): AllocationItem {
  const toewijzingNummer = f.reqText('ToewijzingNummer', 'tekst', 8);
  const product = readProduct(f, true);
  const ingangsdatum = f.req('Ingangsdatum', 'datum');
  const einddatum = f.opt('Einddatum', 'datum');
  checkPeriod(f, ingangsdatum, einddatum);
  const budget = f.opt('Budget', 'bedrag');
  const omvang = readOmvang(f);
  if (omvang && !product?.code)
    throw new SkipError({
      line: f.node.line,
      column: f.node.column,
      path: `${f.node.path}/Product`,
      code: 'VELD_ONTBREEKT',
      message: 'Een toewijzing met Omvang (specifiek) moet een productcode hebben.',
    });
  if (!product && !budget)
    throw new SkipError({
      line: f.node.line,
      column: f.node.column,
      path: `${f.node.path}/Product`,
      code: 'VELD_ONTBREEKT',
      message: 'De toewijzing heeft geen Product en geen Budget.',
    });
  return {
    soort: 'toewijzing',
    message: base.message,
    place: base.place,
    clientKey: base.clientKey,
    geboortedatum: base.geboortedatum,
    toewijzingNummer,
    referentieAanbieder: f.optText('ReferentieAanbieder', 'tekst', 15),
    product,
    toewijzingsdatum: f.reqText('Toewijzingsdatum', 'datum'),
    ingangsdatum: ingangsdatum.value,
    einddatum: einddatum?.value,
    redenWijziging: f.optText('RedenWijziging', 'RedenWijziging'),
    omvang,
    budget: budget ? centsToEuros(budget.value) : undefined,
    commentaar: undefined,
  };
}

function readStart(f: Fields, base: ItemBase): StartItem {
  return {
    soort: 'start',
    ...base,
    toewijzingNummer: f.reqText('ToewijzingNummer', 'tekst', 8),
    product: readProduct(f, true),
    toewijzingIngangsdatum: f.reqText('ToewijzingIngangsdatum', 'datum'),
    begindatum: f.reqText('Begindatum', 'datum'),
    statusAanlevering: f.reqText('StatusAanlevering', 'StatusAanlevering'),
  };
}

function readStop(f: Fields, base: ItemBase): StopItem {
  const begindatum = f.opt('Begindatum', 'datum');
  const einddatum = f.req('Einddatum', 'datum');
  if (begindatum) checkPeriod(f, begindatum, einddatum);
  return {
    soort: 'stop',
    ...base,
    toewijzingNummer: f.reqText('ToewijzingNummer', 'tekst', 8),
    product: readProduct(f, true),
    toewijzingIngangsdatum: f.reqText('ToewijzingIngangsdatum', 'datum'),
    begindatum: begindatum?.value,
    einddatum: einddatum.value,
    redenBeeindiging: f.reqText('RedenBeeindiging', 'RedenBeeindiging'),
    statusAanlevering: f.reqText('StatusAanlevering', 'StatusAanlevering'),
  };
}

function readRequest(f: Fields, base: ItemBase, wijziging: RequestItem['wijziging'] = 'aanvraag'): RequestItem {
  const ingangsdatum = f.req('Ingangsdatum', 'datum');
  const einddatum = f.opt('Einddatum', 'datum');
  checkPeriod(f, ingangsdatum, einddatum);
  const budget = f.opt('Budget', 'bedrag');
  return {
    soort: 'verzoek',
    ...base,
    wijziging,
    toewijzingNummer: f.optText('ToewijzingNummer', 'tekst', 8),
    product: readProduct(f, true),
    omvang: readOmvang(f),
    budget: budget ? centsToEuros(budget.value) : undefined,
    ingangsdatum: ingangsdatum.value,
    einddatum: einddatum?.value,
    raamcontract: f.optText('Raamcontract', 'tekst', 1),
    verwijzer: f.optGroup('Verwijzer')?.optText('Type', 'TypeVerwijzer'),
  };
}

function readPeriod(f: Fields, name: string): { begin: string; eind: string } {
  const period = f.group(name);
  const begin = period.req('Begindatum', 'datum');
  const eind = period.req('Einddatum', 'datum');
  checkPeriod(period, begin, eind);
  return { begin: begin.value, eind: eind.value };
}

function readDeclaration(f: Fields, base: ItemBase, _wijziging: unknown, declaratie: Fields | undefined): DeclarationItem {
  if (!declaratie)
    throw new SkipError({
      line: f.node.line,
      column: f.node.column,
      path: '/Bericht/Declaratie',
      code: 'VELD_ONTBREEKT',
      message: 'Het declaratiebericht heeft geen Declaratie (nummer en periode) vóór de cliënten.',
    });
  const ingediend = f.group('IngediendBedrag');
  const debetCredit = ingediend.reqText('DebetCredit', 'DebetCredit') as 'D' | 'C';
  return {
    soort: 'prestatie',
    ...base,
    declaratieNummer: declaratie.reqText('DeclaratieNummer', 'tekst', 12),
    declaratiePeriode: readPeriod(declaratie, 'DeclaratiePeriode'),
    toewijzingNummer: f.reqText('ToewijzingNummer', 'tekst', 8),
    product: { categorie: f.reqText('ProductCategorie', 'ProductCategorie'), code: f.reqText('ProductCode', 'tekst', 5) },
    productPeriode: readPeriod(f, 'ProductPeriode'),
    geleverdVolume: Number(f.reqText('GeleverdVolume', 'aantal')),
    eenheid: f.reqText('Eenheid', 'Eenheid'),
    productTarief: centsToEuros(f.reqText('ProductTarief', 'bedrag')),
    ingediendBedrag: centsToEuros(ingediend.reqText('Bedrag', 'bedrag')),
    debetCredit,
  };
}
