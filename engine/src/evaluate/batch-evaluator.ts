/**
 * Evaluates many cases against one repository: region, versions and shared rules are read once per batch, and
 * prepared rule sets come from the cache (the caller's, or the engine's own). `explained` is the compiled path with
 * trace (the full decision with explanations; `engine: 'referentie'` for json-rules-engine); `fast` the compiled path
 * without trace (the same findings, undecided rules and missing facts, without explanations).
 */
import { evaluateCaseFast, type FastDecision } from './compile/compiled-evaluate';
import type { Decision } from '../model/decision';
import { evaluateCaseWith, type EvaluationInput, type PipelineOptions } from './evaluate';
import { loadSharedRules, resolveCaseInput, type EvaluateOptions } from './evaluate-case';
import type { RuleRepository } from '../model/repository';
import type { RuleSetVersion, SharedRules } from '../model/rule-set';

/** A repository whose reads are remembered for as long as the wrapper lives (one batch). */
export function memoizeRepository(repository: RuleRepository): RuleRepository {
  let regions: ReturnType<RuleRepository['listRegions']> | undefined;
  let ruleSetIds: ReturnType<RuleRepository['listRuleSetIds']> | undefined;
  const versions = new Map<string, ReturnType<RuleRepository['listVersions']>>();
  const shared = new Map<string, ReturnType<RuleRepository['getSharedRules']>>();
  const published = new Map<string, Promise<Record<number, string>>>();
  const remember = <T>(map: Map<string, T>, key: string, read: () => T): T => {
    if (!map.has(key)) map.set(key, read());
    return map.get(key) as T;
  };
  return {
    listRegions: () => (regions ??= repository.listRegions()),
    listRuleSetIds: () => (ruleSetIds ??= repository.listRuleSetIds()),
    listVersions: (id) => remember(versions, id, () => repository.listVersions(id)),
    getSharedRules: (id) => remember(shared, id, () => repository.getSharedRules(id)),
    ...(repository.publicationTimes ? { publicationTimes: (id: string) => remember(published, id, () => repository.publicationTimes!(id)) } : {}),
  };
}

export class BatchEvaluator {
  private readonly repository: RuleRepository;
  private readonly sharedRules = new WeakMap<RuleSetVersion, Promise<Record<string, SharedRules>>>();

  private readonly pipeline: Pick<PipelineOptions, 'cache' | 'engine'>;

  /** `pipeline.cache`: the prepared-rule-set cache to use (a server passes the one it owns). */
  constructor(repository: RuleRepository, pipeline: Pick<PipelineOptions, 'cache' | 'engine'> = {}) {
    this.repository = memoizeRepository(repository);
    this.pipeline = pipeline;
  }

  /** The decision with explanations (compiled and traced, or the reference path when asked). */
  async explained(caseData: unknown, options: EvaluateOptions = {}): Promise<Decision> {
    return evaluateCaseWith(await this.input(caseData, options), { ...this.pipeline, ...options });
  }

  /** The compiled decision without trace: findings without explanations. */
  async fast(caseData: unknown, options: EvaluateOptions = {}): Promise<FastDecision> {
    return evaluateCaseFast(await this.input(caseData, options), { cache: options.cache ?? this.pipeline.cache });
  }

  private input(caseData: unknown, options: EvaluateOptions): Promise<EvaluationInput> {
    return resolveCaseInput(this.repository, caseData, options, (ruleSet) => this.sharedRulesOf(ruleSet));
  }

  /** One shared-rules record per rule-set version, so the compiled rules are cached for the whole batch. */
  private sharedRulesOf(ruleSet: RuleSetVersion): Promise<Record<string, SharedRules>> {
    let shared = this.sharedRules.get(ruleSet);
    if (!shared) this.sharedRules.set(ruleSet, (shared = loadSharedRules(this.repository, ruleSet)));
    return shared;
  }
}
