/**
 * Checks messages against the policy: every allocation (301) and request (315/317) becomes a case evaluated with the
 * rule-set version in force on its date; stops (307) are counted per provider and reason (the outflow picture).
 * Findings that only follow from what a message cannot carry (the WAT) are reported as missing facts, not as errors.
 * An item is checked as soon as it is read when its rule-set version is already resolved (the usual case: it is still
 * in the cache); otherwise it and every later item wait for flush(), which the caller runs between chunks, so a
 * directory streams in bounded memory. Problems found while checking are recorded at flush(), after the chunk's reading
 * problems, as when every item waited.
 */
import { BatchEvaluator, memoizeRepository } from '../evaluate/batch-evaluator';
import { evaluateCaseFast, type FastDecision } from '../evaluate/compile/compiled-evaluate';
import { loadSharedRules, resolveCaseInput, type EvaluationInput } from '../evaluate';
import type { RuleSetVersion, SharedRules } from '../model/rule-set';
import type { Explanation, Finding, MissingFact } from '../model/decision';
import { isSturingError } from '../model/errors';
import type { RuleRepository } from '../model/repository';
import { allocationToCase, isMappingProblem, type AllocationShape, type CaseFromMessage, type MappingProblem } from './allocation-to-case';
import { CODE_LISTS } from './code-lists';
import type { CodeMapping } from './code-mapping';
import {
  MessageReaderSession,
  type AllocationItem,
  type MessageItem,
  type MessageProblem,
  type ReaderStats,
  type RequestItem,
  type StopItem,
} from './message-reader';

/** What a message never carries: the WAT (goals and result areas). Findings of these codes become missing facts. */
export const NOT_IN_MESSAGES = { path: '$.besluit.wat', codes: new Set(['WAT_ONTBREEKT']) };

export interface CheckedFinding {
  code: string;
  severity: 'fout' | 'waarschuwing' | 'info';
  message: string;
  advice?: string;
  ruleId: string;
  policyChoice?: { pointer: string; value: unknown };
  explanation?: Explanation;
}

export interface CheckedAllocation {
  /** Case id: gemeentecode + allocation number (never the BSN). */
  id: string;
  soort: 'toewijzing' | 'verzoek';
  bericht: string;
  berichtType: string;
  file: string;
  line: number;
  column: number;
  path: string;
  regio: string;
  gemeente: string;
  domein: string;
  segment: string;
  perceel: string;
  rulesetId: string;
  version: number;
  datum: string;
  toewijzing: AllocationShape;
  product: string;
  aanbieder?: string;
  oordeel: 'fout' | 'waarschuwing' | 'in orde';
  findings: CheckedFinding[];
  /** Facts the allocation lacks (JSON paths), always including the WAT a message cannot carry. */
  missing: string[];
}

export interface Tally {
  toewijzingen: number;
  fout: number;
  waarschuwing: number;
}

export interface CheckReport {
  fictief?: boolean;
  gelezen: ReaderStats;
  getoetst: number;
  metFout: number;
  perGemeente: Record<string, Tally>;
  perSegment: Record<string, Tally>;
  perCode: Record<string, number>;
  perSoort: Record<AllocationShape, number>;
  /** Unmapped product codes ("categorie/code" or "categorie (aspecifiek)") with how often and in which municipalities. */
  onbekendeCodes: { code: string; regio: string; aantal: number }[];
  /** Every problem reading or mapping a message, counted per code; the first `maxListed` listed. */
  problemen: MessageProblem[];
  problemenPerCode: Record<string, number>;
  problemenTotaal: number;
  /** Allocations with a fout (first `maxListed`). */
  fouten: CheckedAllocation[];
  /** Stops per provider and reason (codelist reden beëindiging). */
  uitstroom: { aanbieder: string; reden: string; omschrijving: string; aantal: number }[];
}

export interface CheckOptions {
  /** Reference evaluation with explanations (slower) instead of the compiled path. */
  explain?: boolean;
  /** How many fout allocations and problems to keep in the report (default 1000). */
  maxListed?: number;
  /** Called for every checked allocation (e.g. to stream a CSV, or to keep all for a table). */
  onAllocation?: (allocation: CheckedAllocation) => void;
  /** Called for every non-allocation item (starts, stops, declarations) after counting. */
  onItem?: (item: MessageItem) => void;
  salt?: string;
}

type ResolvedInput = Omit<EvaluationInput, 'caseData'>;

const TRUSTED = { trusted: true } as const;

function tally(map: Record<string, Tally>, key: string, fout: boolean, waarschuwing: boolean): void {
  const entry = (map[key] ??= { toewijzingen: 0, fout: 0, waarschuwing: 0 });
  entry.toewijzingen++;
  if (fout) entry.fout++;
  if (waarschuwing) entry.waarschuwing++;
}

export class MessageCheck {
  readonly session: MessageReaderSession;
  private readonly evaluator: BatchEvaluator;
  private readonly repository: RuleRepository;
  /**
   * Resolved rule set, region and shared rules by region, domain, segment and date: cases built from messages are valid
   * by construction, so only the first case of a rule set and date goes through the full input check.
   */
  private readonly inputs = new Map<string, Map<string, Map<string, Map<string, ResolvedInput>>>>();
  /** Items waiting for flush(), in order: from the first that needs asynchronous work (or all, when explaining). */
  private readonly queue: MessageItem[] = [];
  /** Problem bookkeeping of items checked while reading, in item order, recorded at flush(). */
  private readonly deferred: (() => void)[] = [];
  /** An unexpected error while checking during reading: thrown by the next flush(). */
  private failure?: { error: unknown };
  private readonly maxListed: number;
  private readonly report: Omit<CheckReport, 'gelezen' | 'onbekendeCodes' | 'uitstroom'> = {
    getoetst: 0,
    metFout: 0,
    perGemeente: {},
    perSegment: {},
    perCode: {},
    perSoort: { specifiek: 0, aspecifiek: 0, generiek: 0 },
    problemen: [],
    problemenPerCode: {},
    problemenTotaal: 0,
    fouten: [],
  };
  private readonly unmapped = new Map<string, { code: string; regio: string; aantal: number }>();
  private readonly outflow = new Map<string, { aanbieder: string; reden: string; omschrijving: string; aantal: number }>();

  constructor(
    repository: RuleRepository,
    private readonly mapping: CodeMapping,
    private readonly options: CheckOptions = {},
  ) {
    this.repository = memoizeRepository(repository);
    this.evaluator = new BatchEvaluator(this.repository);
    this.maxListed = options.maxListed ?? 1000;
    this.session = new MessageReaderSession({ item: (item) => this.read(item), problem: (p) => this.addProblem(p) }, { salt: options.salt });
  }

  addProblem(problem: MessageProblem): void {
    this.report.problemenTotaal++;
    this.report.problemenPerCode[problem.code] = (this.report.problemenPerCode[problem.code] ?? 0) + 1;
    if (this.report.problemen.length < this.maxListed) this.report.problemen.push(problem);
  }

  /** Number of items read but not yet evaluated. */
  get pending(): number {
    return this.queue.length;
  }

  /** Evaluates every waiting item (synchronously, except while a rule-set version is being resolved). */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure.error;
    for (const record of this.deferred.splice(0)) record();
    const items = this.queue.splice(0);
    for (const item of items) {
      const pending = this.check(item);
      if (pending) await pending;
    }
  }

  /** An item from the reader: checked at once when that needs nothing asynchronous and nothing waits before it. */
  private read(item: MessageItem): void {
    if (this.failure || this.queue.length > 0 || this.options.explain) {
      this.queue.push(item);
      return;
    }
    try {
      if (!this.checkNow(item)) this.queue.push(item);
    } catch (error) {
      this.failure = { error };
    }
  }

  /** Checks an item synchronously, its problems deferred to flush(); false (having done nothing) when it must wait. */
  private checkNow(item: MessageItem): boolean {
    if (item.soort !== 'toewijzing' && item.soort !== 'verzoek') {
      if (item.soort === 'stop') this.countStop(item);
      this.options.onItem?.(item);
      return true;
    }
    const mapped = allocationToCase(item, this.mapping);
    if (isMappingProblem(mapped)) {
      this.deferred.push(() => this.mappingProblem(item, mapped));
      return true;
    }
    const input = this.resolvedInput(mapped);
    if (input === undefined) return false;
    this.evaluateFast(item, mapped, input, true);
    return true;
  }

  /** Checks one item; returns a promise only when its rule-set version is still to be resolved (or explained). */
  private check(item: MessageItem): Promise<void> | undefined {
    if (item.soort === 'stop') this.countStop(item);
    if (item.soort !== 'toewijzing' && item.soort !== 'verzoek') {
      this.options.onItem?.(item);
      return undefined;
    }
    const mapped = allocationToCase(item, this.mapping);
    if (isMappingProblem(mapped)) {
      this.mappingProblem(item, mapped);
      return undefined;
    }
    if (this.options.explain)
      return this.evaluator.explained(mapped.caseData).then(
        (decision) => this.checked(item, mapped, decision),
        (error) => this.refused(item, error),
      );
    const input = this.resolvedInput(mapped);
    if (input === undefined)
      return this.resolveInput(mapped).then(
        (resolved) => this.evaluateFast(item, mapped, resolved),
        (error) => this.refused(item, error),
      );
    this.evaluateFast(item, mapped, input);
    return undefined;
  }

  private mappingProblem(item: AllocationItem | RequestItem, mapped: MappingProblem): void {
    this.addProblem(mapped);
    this.session.skipped(mapped.code);
    if (mapped.code === 'PRODUCTCODE_ONBEKEND' && item.product) {
      const gemeente = this.mapping.gemeente(item.message.bericht === '301' ? item.message.afzender : item.message.ontvanger);
      const code = item.product.code ? `${item.product.categorie}/${item.product.code}` : `${item.product.categorie} (aspecifiek)`;
      const key = `${gemeente?.regio}|${code}`;
      const entry = this.unmapped.get(key) ?? { code, regio: gemeente?.regio ?? '', aantal: 0 };
      entry.aantal++;
      this.unmapped.set(key, entry);
    }
  }

  private refused(item: AllocationItem | RequestItem, error: unknown): void {
    if (!isSturingError(error)) throw error;
    this.addProblem({ ...item.place, code: error.code, message: `${error.message} De toewijzing is niet getoetst.`, bericht: item.message.identificatie });
    this.session.skipped(error.code);
  }

  private evaluateFast(item: AllocationItem | RequestItem, mapped: CaseFromMessage, input: ResolvedInput, defer = false): void {
    const { caseData } = mapped;
    let decision: FastDecision;
    try {
      decision = evaluateCaseFast(
        { ruleSet: input.ruleSet, region: input.region, sharedRules: input.sharedRules, caseData, asOf: caseData.datum as string },
        TRUSTED,
      );
    } catch (error) {
      if (!isSturingError(error)) throw error;
      if (defer) this.deferred.push(() => this.refused(item, error));
      else this.refused(item, error);
      return;
    }
    this.checked(item, mapped, decision);
  }

  private checked(
    item: AllocationItem | RequestItem,
    mapped: CaseFromMessage,
    decision: {
      rulesetId: string;
      version: number;
      findings: readonly (Omit<Finding, 'explanation'> & { explanation?: Explanation })[];
      missing: readonly MissingFact[];
    },
  ): void {
    const { caseData } = mapped;
    const r = this.report;
    let fout = false;
    let waarschuwing = false;
    for (const f of decision.findings) {
      if (NOT_IN_MESSAGES.codes.has(f.code)) continue;
      if (f.severity === 'fout') fout = true;
      else if (f.severity === 'waarschuwing') waarschuwing = true;
      r.perCode[f.code] = (r.perCode[f.code] ?? 0) + 1;
    }
    r.getoetst++;
    r.perSoort[mapped.toewijzing]++;
    tally(r.perGemeente, String(caseData.gemeente), fout, waarschuwing);
    tally(r.perSegment, decision.rulesetId, fout, waarschuwing);
    if (fout) r.metFout++;
    const listed = fout && r.fouten.length < this.maxListed;
    // The allocation itself is only built for whoever looks at it: a listener, or the report's list of fouten.
    if (!listed && !this.options.onAllocation) return;
    const findings: CheckedFinding[] = [];
    const missing: string[] = [];
    for (const m of decision.missing) {
      const path = m.path ?? m.fact;
      if (!missing.includes(path)) missing.push(path);
    }
    for (const f of decision.findings) {
      if (NOT_IN_MESSAGES.codes.has(f.code)) {
        if (!missing.includes(NOT_IN_MESSAGES.path)) missing.push(NOT_IN_MESSAGES.path);
        continue;
      }
      const finding: CheckedFinding = {
        code: f.code,
        severity: f.severity,
        message: f.message,
        advice: f.advice,
        ruleId: f.ruleId,
        policyChoice: f.policyChoice ? { pointer: f.policyChoice.pointer, value: f.policyChoice.value } : undefined,
      };
      if (f.explanation) finding.explanation = f.explanation;
      findings.push(finding);
    }
    // The WAT is never in a message: always a missing fact, whether or not a rule asked for it.
    if (!missing.includes(NOT_IN_MESSAGES.path)) missing.push(NOT_IN_MESSAGES.path);
    const checked: CheckedAllocation = {
      id: String(caseData.id),
      soort: item.soort,
      bericht: item.message.identificatie,
      berichtType: item.message.bericht,
      file: item.place.file,
      line: item.place.line,
      column: item.place.column,
      path: item.place.path,
      regio: mapped.regio,
      gemeente: String(caseData.gemeente),
      domein: String(caseData.domein),
      segment: String(caseData.segment),
      perceel: String(caseData.perceel),
      rulesetId: decision.rulesetId,
      version: decision.version,
      datum: String(caseData.datum),
      toewijzing: mapped.toewijzing,
      product: mapped.product ? (mapped.product.code ?? `${mapped.product.categorie} (categorie)`) : '',
      aanbieder: mapped.aanbieder?.id,
      oordeel: fout ? 'fout' : waarschuwing ? 'waarschuwing' : 'in orde',
      findings,
      missing,
    };
    if (listed) r.fouten.push(checked);
    this.options.onAllocation?.(checked);
  }

  private readonly sharedRules = new WeakMap<RuleSetVersion, Promise<Record<string, SharedRules>>>();

  /** One shared-rules record per version, so the compiled rules are built once per version. */
  private sharedRulesOf(ruleSet: RuleSetVersion): Promise<Record<string, SharedRules>> {
    let shared = this.sharedRules.get(ruleSet);
    if (!shared) this.sharedRules.set(ruleSet, (shared = loadSharedRules(this.repository, ruleSet)));
    return shared;
  }

  /** The rule set, region and shared rules already resolved for the case's rule set and date (by region, rule set, date). */
  private resolvedInput(mapped: CaseFromMessage): ResolvedInput | undefined {
    const { caseData } = mapped;
    return this.inputs
      .get(mapped.regio)
      ?.get(caseData.domein as string)
      ?.get(caseData.segment as string)
      ?.get(caseData.datum as string);
  }

  /** Resolves the rule-set version once per rule set and date (the first case is fully validated); kept only on success. */
  private async resolveInput(mapped: CaseFromMessage): Promise<ResolvedInput> {
    const { caseData } = mapped;
    const { caseData: _, ...input } = await resolveCaseInput(this.repository, caseData, {}, (ruleSet) => this.sharedRulesOf(ruleSet));
    const level = <T>(map: Map<string, T>, key: string, empty: () => T): T => {
      let value = map.get(key);
      if (value === undefined) map.set(key, (value = empty()));
      return value;
    };
    const bySegment = level(
      level(this.inputs, mapped.regio, () => new Map()),
      caseData.domein as string,
      () => new Map(),
    );
    level(bySegment, caseData.segment as string, () => new Map()).set(caseData.datum as string, input);
    return input;
  }

  private countStop(item: StopItem): void {
    const provider = this.mapping.provider(item.message.afzender);
    const aanbieder = provider?.id ?? `AGB ${item.message.afzender}`;
    const key = `${aanbieder}|${item.redenBeeindiging}`;
    const entry = this.outflow.get(key) ?? {
      aanbieder,
      reden: item.redenBeeindiging,
      omschrijving: CODE_LISTS[item.message.domein].RedenBeeindiging[item.redenBeeindiging] ?? item.redenBeeindiging,
      aantal: 0,
    };
    entry.aantal++;
    this.outflow.set(key, entry);
  }

  /** The report so far (call after the last flush). */
  result(): CheckReport {
    const byKey = <T extends { aantal: number }>(a: T, b: T) => b.aantal - a.aantal;
    return {
      ...this.report,
      gelezen: this.session.stats,
      onbekendeCodes: [...this.unmapped.values()].sort(byKey),
      uitstroom: [...this.outflow.values()].sort((a, b) => a.aanbieder.localeCompare(b.aanbieder) || a.reden.localeCompare(b.reden)),
    };
  }
}
