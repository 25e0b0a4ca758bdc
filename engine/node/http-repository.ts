/**
 * The rule sets of a running Sturing server as a repository (`sturing … --server URL --token T`): what the web app
 * published, read through the API with a token. Versions are fetched once per rule set.
 */
import { SturingError } from '../src/model/errors';
import type { RuleRepository } from '../src/model/repository';
import type { Region, RuleSetVersion, SharedRules } from '../src/model/rule-set';

export class HttpRuleRepository implements RuleRepository {
  private readonly versions = new Map<string, Promise<RuleSetVersion[]>>();

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private async get<T>(path: string): Promise<T> {
    const url = new URL(path, this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`);
    let response: Response;
    try {
      response = await this.fetchImpl(url, { headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' } });
    } catch (e) {
      throw new SturingError('SERVER_ONBEREIKBAAR', `De server ${this.baseUrl} is niet bereikbaar (${e instanceof Error ? e.message : String(e)}).`, [
        { path: '/server', message: 'niet bereikbaar' },
      ]);
    }
    if (response.status === 401 || response.status === 403) {
      throw new SturingError('TOKEN_GEWEIGERD', `De server ${this.baseUrl} weigert het token (HTTP ${response.status}).`, [
        { path: '/token', message: 'geweigerd' },
      ]);
    }
    if (!response.ok) {
      throw new SturingError('SERVER_FOUT', `De server ${this.baseUrl} antwoordt HTTP ${response.status} op ${url.pathname}.`, [
        { path: '/server', message: `HTTP ${response.status}` },
      ]);
    }
    return (await response.json()) as T;
  }

  async listRegions(): Promise<Region[]> {
    return (await this.get<{ regions: Region[] }>('api/regions')).regions;
  }

  async listRuleSetIds(): Promise<string[]> {
    return (await this.get<{ rulesets: { id: string }[] }>('api/rulesets')).rulesets.map((r) => r.id);
  }

  listVersions(rulesetId: string): Promise<RuleSetVersion[]> {
    let versions = this.versions.get(rulesetId);
    if (!versions) {
      versions = this.get<{ versions: { version: number }[] }>(`api/rulesets/${rulesetId}`).then((info) =>
        Promise.all(
          info.versions.map((v) => this.get<{ document: RuleSetVersion }>(`api/rulesets/${rulesetId}/versions/${v.version}`).then((r) => r.document)),
        ),
      );
      this.versions.set(rulesetId, versions);
    }
    return versions;
  }

  async getSharedRules(): Promise<SharedRules | undefined> {
    // Not needed for the matrix and exports; the API serves shared libraries only inside evaluations.
    return undefined;
  }
}
