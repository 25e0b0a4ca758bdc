/** A repository that sees the store plus one candidate version: "what would the rules decide after publishing?" */
import type { RuleRepository } from '../engine/src/model';
import type { Region, RuleSetVersion, SharedRules } from '../engine/src/model';

export class OverlayRepository implements RuleRepository {
  constructor(
    private readonly base: RuleRepository,
    private readonly candidate: RuleSetVersion,
    /** 'alongside': the candidate is added to the published versions; 'only': it is the only version (pinned). */
    private readonly mode: 'alongside' | 'only' = 'alongside',
  ) {}

  listRegions(): Promise<Region[]> {
    return this.base.listRegions();
  }

  async listVersions(rulesetId: string): Promise<RuleSetVersion[]> {
    if (rulesetId !== this.candidate.id) return this.base.listVersions(rulesetId);
    if (this.mode === 'only') return [{ ...this.candidate, effectiveFrom: '0001-01-01', effectiveTo: null }];
    const published = await this.base.listVersions(rulesetId);
    return [...published.filter((v) => v.version !== this.candidate.version), this.candidate];
  }

  async listRuleSetIds(): Promise<string[]> {
    return [...new Set([...(await this.base.listRuleSetIds()), this.candidate.id])].sort();
  }

  getSharedRules(id: string): Promise<SharedRules | undefined> {
    return this.base.getSharedRules(id);
  }

  /** The published versions' times; the candidate is not published, so it has none (always known). */
  async publicationTimes(rulesetId: string): Promise<Record<number, string>> {
    const times = { ...((await this.base.publicationTimes?.(rulesetId)) ?? {}) };
    if (rulesetId === this.candidate.id) delete times[this.candidate.version];
    return times;
  }
}
