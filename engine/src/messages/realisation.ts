/**
 * Realisation from declarations: 323 lines (with 305 starts and 307 stops) aggregated per provider × rule set ×
 * perceel × gemeente × year into the realisation format a settlement runs on. Amounts with decimal.js; credit lines
 * subtract. Clients are counted by the reader's salted key, never by BSN. Also: why trajectories ended, per provider.
 */
import Decimal from 'decimal.js';
import { CODE_LISTS } from './code-lists';
import type { CodeMapping } from './code-mapping';
import type { DeclarationItem, MessageItem, MessageProblem, StartItem, StopItem } from './message-reader';
import type { Realisation, RealisationLine } from '../settlement/realisation';

/** The realisation format is the settlement's (one definition); declarations fill every count. */
export type { Realisation, RealisationLine };

/** Contract facts per provider × rule set × perceel × gemeente that declarations cannot carry. */
export type RealisationSupplement = Pick<RealisationLine, 'ruleset' | 'perceel' | 'gemeente' | 'aanbieder'> &
  Partial<Pick<RealisationLine, 'budget' | 'plekken' | 'lumpsum' | 'afgesprokenClienten' | 'voorschotten'>>;

/** Adds the supplement's contract facts to the matching lines (same provider, rule set, perceel and gemeente). */
export function supplementRealisation(realisation: Realisation, supplement: readonly RealisationSupplement[]): Realisation {
  const key = (l: Pick<RealisationLine, 'ruleset' | 'perceel' | 'gemeente' | 'aanbieder'>) => `${l.aanbieder}|${l.ruleset}|${l.perceel}|${l.gemeente}`;
  const extra = new Map(supplement.map((s) => [key(s), s]));
  return {
    ...realisation,
    regels: realisation.regels.map((line) => {
      const s = extra.get(key(line));
      if (!s) return line;
      const { ruleset: _r, perceel: _p, gemeente: _g, aanbieder: _a, ...facts } = s;
      return { ...line, ...facts };
    }),
  };
}

export interface OutflowLine {
  aanbieder: string;
  reden: string;
  omschrijving: string;
  aantal: number;
}

interface Bucket {
  ruleset: string;
  perceel: string;
  gemeente: string;
  aanbieder: string;
  jaar: number;
  omzet: Decimal;
  clients: Set<string>;
  placeMonths: Set<string>;
  started: number;
  ended: number;
}

export interface RealisationOptions {
  /** The funding form (bekostiging.vorm) of a perceel for a municipality on a date; "plek" counts client-months as plekMaanden. */
  fundingForm?: (rulesetId: string, perceel: string, date: string, gemeente: string) => string | undefined;
}

export class RealisationBuilder {
  private readonly buckets = new Map<string, Bucket>();
  /** Where an allocation number belongs (from declarations or products), for starts and stops without a product. */
  private readonly byAllocation = new Map<string, { ruleset: string; perceel: string }>();
  private readonly pendingStartsStops: (StartItem | StopItem)[] = [];
  private readonly outflow = new Map<string, OutflowLine>();
  readonly problems: MessageProblem[] = [];
  readonly regions = new Set<string>();
  readonly years = new Set<number>();

  constructor(
    private readonly mapping: CodeMapping,
    private readonly options: RealisationOptions = {},
  ) {}

  add(item: MessageItem): void {
    if (item.soort === 'prestatie') this.addDeclaration(item);
    else if (item.soort === 'start' || item.soort === 'stop') {
      if (item.soort === 'stop') this.countOutflow(item);
      if (!this.placeStartStop(item, false)) this.pendingStartsStops.push(item);
    }
  }

  private where(item: DeclarationItem | StartItem | StopItem, product: { categorie: string; code?: string } | undefined, date: string) {
    const gemeente = this.mapping.gemeente(item.message.ontvanger);
    if (!gemeente) {
      this.problem(item, 'GEMEENTECODE_ONBEKEND', `Gemeentecode ${item.message.ontvanger} hoort bij geen enkele regio.`, '/Bericht/Header/Ontvanger');
      return undefined;
    }
    const provider = this.mapping.provider(item.message.afzender);
    if (!provider) {
      this.problem(
        item,
        'AANBIEDER_ONBEKEND',
        `AGB-code ${item.message.afzender} staat niet bij de aanbieders van regio ${gemeente.regio}.`,
        '/Bericht/Header/Afzender',
      );
      return undefined;
    }
    const allocationKey = `${item.message.ontvanger}|${item.toewijzingNummer}`;
    let target = this.byAllocation.get(allocationKey);
    if (product) {
      const entry =
        this.mapping.product(gemeente.regio, item.message.domein, product.categorie, product.code, date) ??
        (product.code ? this.mapping.product(gemeente.regio, item.message.domein, product.categorie, undefined, date) : undefined);
      if (entry) {
        target = { ruleset: `${gemeente.regio}/${entry.domein}/${entry.segment}`, perceel: entry.perceel };
        this.byAllocation.set(allocationKey, target);
      } else if (!target) {
        this.problem(
          item,
          'PRODUCTCODE_ONBEKEND',
          `Productcode ${product.code ?? product.categorie} staat niet in de productcodetabel van regio ${gemeente.regio} op ${date}.`,
          `${item.place.path}/${item.soort === 'prestatie' ? 'ProductCode' : 'Product'}`,
        );
        return undefined;
      }
    }
    return target ? { ...target, gemeente: gemeente.gemeente, aanbieder: provider.id, regio: gemeente.regio } : undefined;
  }

  private bucket(at: { ruleset: string; perceel: string; gemeente: string; aanbieder: string }, jaar: number): Bucket {
    const key = `${at.aanbieder}|${at.ruleset}|${at.perceel}|${at.gemeente}|${jaar}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { ...at, jaar, omzet: new Decimal(0), clients: new Set(), placeMonths: new Set(), started: 0, ended: 0 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private addDeclaration(item: DeclarationItem): void {
    const at = this.where(item, item.product, item.productPeriode.begin);
    if (!at) return;
    const jaar = Number(item.productPeriode.begin.slice(0, 4));
    this.regions.add(at.regio);
    this.years.add(jaar);
    const bucket = this.bucket(at, jaar);
    const amount = new Decimal(item.ingediendBedrag);
    bucket.omzet = item.debetCredit === 'C' ? bucket.omzet.minus(amount) : bucket.omzet.plus(amount);
    if (item.debetCredit === 'D') bucket.clients.add(item.clientKey);
    if (this.options.fundingForm?.(at.ruleset, at.perceel, item.productPeriode.begin, at.gemeente) === 'plek' && item.debetCredit === 'D')
      bucket.placeMonths.add(`${item.clientKey}|${item.productPeriode.begin.slice(0, 7)}`);
  }

  /** Counts a start or stop in its bucket; false when its place is not known yet (no product, allocation not seen). */
  private placeStartStop(item: StartItem | StopItem, final: boolean): boolean {
    const date = item.soort === 'start' ? item.begindatum : item.einddatum;
    const known = item.product || this.byAllocation.has(`${item.message.ontvanger}|${item.toewijzingNummer}`);
    if (!known && !final) return false;
    if (!known) {
      this.problem(
        item,
        'TOEWIJZING_ONBEKEND',
        `Toewijzing ${item.toewijzingNummer} heeft geen product en komt in geen declaratie voor; segment onbekend.`,
        item.place.path,
      );
      return true;
    }
    const at = this.where(item, item.product, date);
    if (!at) return true;
    const jaar = Number(date.slice(0, 4));
    this.regions.add(at.regio);
    this.years.add(jaar);
    const bucket = this.bucket(at, jaar);
    if (item.soort === 'start') bucket.started++;
    else bucket.ended++;
    return true;
  }

  private countOutflow(item: StopItem): void {
    const provider = this.mapping.provider(item.message.afzender);
    const aanbieder = provider?.id ?? `AGB ${item.message.afzender}`;
    const key = `${aanbieder}|${item.redenBeeindiging}`;
    const line = this.outflow.get(key) ?? {
      aanbieder,
      reden: item.redenBeeindiging,
      omschrijving: CODE_LISTS[item.message.domein].RedenBeeindiging[item.redenBeeindiging] ?? item.redenBeeindiging,
      aantal: 0,
    };
    line.aantal++;
    this.outflow.set(key, line);
  }

  private problem(item: MessageItem, code: string, message: string, path: string): void {
    this.problems.push({ file: item.place.file, line: item.place.line, column: item.place.column, path, code, message, bericht: item.message.identificatie });
  }

  /** Places the starts and stops that waited for a declaration of their allocation. Call once, after the last item. */
  finish(): void {
    for (const item of this.pendingStartsStops.splice(0)) this.placeStartStop(item, true);
  }

  /** The realisation of one region and year. */
  realisation(regio: string, jaar: number, toelichting: string, fictief: boolean): Realisation {
    const regels = [...this.buckets.values()]
      .filter((b) => b.jaar === jaar && b.ruleset.startsWith(`${regio}/`))
      .sort(
        (a, b) =>
          a.aanbieder.localeCompare(b.aanbieder) ||
          a.ruleset.localeCompare(b.ruleset) ||
          a.perceel.localeCompare(b.perceel) ||
          a.gemeente.localeCompare(b.gemeente),
      )
      .map((b) => ({
        ruleset: b.ruleset,
        perceel: b.perceel,
        gemeente: b.gemeente,
        aanbieder: b.aanbieder,
        // Credits beyond the debits of a year would make turnover negative; the realisation format has none, so it is 0.
        omzet: Decimal.max(b.omzet, 0).toFixed(2),
        clienten: b.clients.size,
        trajectenGestart: b.started,
        trajectenBeeindigd: b.ended,
        plekMaanden: b.placeMonths.size,
        voorschotten: '0.00',
      }));
    return { regio, jaar, fictief, toelichting, regels };
  }

  /** Why trajectories ended, per provider (codelist reden beëindiging). */
  outflowSummary(): OutflowLine[] {
    return [...this.outflow.values()].sort((a, b) => a.aanbieder.localeCompare(b.aanbieder) || a.reden.localeCompare(b.reden));
  }
}
