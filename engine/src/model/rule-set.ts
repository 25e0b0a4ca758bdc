/** The types of a rule-set version, a region and a shared-rules library, as stored in rules/. */
import type { Severity } from './finding-codes';

export type HoeElement = 'soort-hulp' | 'product' | 'intensiteit' | 'duur' | 'aanbieder';
export const HOE_ELEMENTS: readonly HoeElement[] = ['soort-hulp', 'product', 'intensiteit', 'duur', 'aanbieder'];

export type Beslisser = 'toegang' | 'aanbieder' | 'in-overleg';

export interface SourceRef {
  document: string;
  passage: string;
  toelichting?: string;
}

export interface NotApplicable {
  nietVanToepassing: true;
  toelichting: string;
  bron?: SourceRef;
}

export interface ToegangPolicy {
  wat: 'toegang' | 'aanbieder';
  hoe: 'aanbieder' | 'toegang' | 'in-overleg' | 'deels-toegang';
  hoeElementenToegang?: HoeElement[];
  hoeElementenInOverleg?: HoeElement[];
  indicatie: { onbepaaldeTijdToegestaan: boolean; maxDuurMaanden?: number; kortdurend?: boolean };
  beschikkingsvrijeTermijnWeken?: number;
  eigenBijdrageInBeschikkingsvrijeTermijn?: boolean;
  maxResultaatgebiedenTegelijk?: number;
  /** The perceel is only for very complex (multiproblem) situations. */
  alleenBijComplexeSituatie?: boolean;
  /** The share of the domain's population the policy expects on this perceel (%), a population-level signal. */
  verwachtAandeelPct?: number;
  /** Above which share of the population (%) the perceel is signalled; defaults to the expected share. */
  aandeelSignaleringBovenPct?: number;
  omschrijving?: string;
  bron?: SourceRef;
}

/** One perceel's four steering elements. Element bodies stay open records: the schema is their contract. */
export interface PerceelPolicy {
  omschrijving?: string;
  contract: Record<string, unknown> | NotApplicable;
  bekostiging: Record<string, unknown> | NotApplicable;
  leveranciersmanagement: Record<string, unknown> | NotApplicable;
  toegang: ToegangPolicy | NotApplicable;
}

export interface SegmentPolicy {
  domein: string;
  segment: string;
  typering: string;
  basiseenheid: string;
  percelen: Record<string, PerceelPolicy>;
}

export interface ConditionJson {
  all?: ConditionJson[];
  any?: ConditionJson[];
  not?: ConditionJson;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  params?: Record<string, unknown>;
  name?: string;
}

/** What a rule checks: a client case (default) or the provider data of a segment. */
export type RuleSubject = 'casus' | 'aanbieders';

export interface RuleJson {
  id: string;
  description: string;
  /** Overrides the library's subject for this rule; default: the library's, else 'casus'. */
  subject?: RuleSubject;
  source?: SourceRef[];
  priority?: number;
  forEach?: Record<string, string[]>;
  conditions: ConditionJson;
  event: {
    type: string;
    params: { severity: Severity; message: string; advies?: string; policyChoice: string };
  };
}

export interface Override {
  description?: string;
  source?: SourceRef[];
  policy: Record<string, unknown>;
}

/** One immutable version of a rule set (a file rules/<region>/<domain>/<segment>/v<N>.json). */
export interface RuleSetVersion {
  $schema?: string;
  id: string;
  version: number;
  title: string;
  description?: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  changeNote?: string;
  source: SourceRef[];
  policy: SegmentPolicy;
  overrides?: Record<string, Override>;
  sharedRules?: string[];
  rules: RuleJson[];
}

export interface SharedRules {
  $schema?: string;
  id: string;
  version: number;
  title: string;
  description?: string;
  /** What the library's rules check; default 'casus'. */
  subject?: RuleSubject;
  rules: RuleJson[];
}

export interface Region {
  $schema?: string;
  id: string;
  naam: string;
  gemeenten: { id: string; naam: string; inwoners?: number }[];
  inwonersPeildatum?: string;
  source: SourceRef[];
}

/** Splits "region/domain/segment". */
export function parseRuleSetId(id: string): { region: string; domain: string; segment: string } {
  const [region, domain, segment] = id.split('/');
  return { region, domain, segment };
}
