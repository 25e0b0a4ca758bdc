/**
 * Who decides the WAT and each HOE element under the policy in force for a municipality: the rule-set version in force
 * on the decision date, with the municipality's override applied. Says which choices the municipality's override set.
 */
import { decideHoeResponsibility, HOE_ELEMENTS, type Beslisser, type HoeElement, type RuleSetVersion, type ToegangPolicy } from '../../../../engine/src/model';
import { applyOverride } from '../../../../engine/src/rules';
import type { SetBy } from './access-labels';

export interface PolicyDecider {
  beslisser: Beslisser;
  /** True when the municipality's override sets this choice (not the regional policy). */
  override: boolean;
}

export interface AccessPolicy {
  rulesetId: string;
  version: number;
  gemeente: string;
  perceel: string;
  wat: PolicyDecider;
  hoe: Record<HoeElement, PolicyDecider>;
}

function isToegang(value: unknown): value is ToegangPolicy {
  return typeof value === 'object' && value !== null && 'wat' in value && 'hoe' in value;
}

/** The access policy of `perceel` for `gemeente` in `ruleSet` (the version in force); undefined when the perceel has no toegang policy. */
export function accessPolicy(ruleSet: RuleSetVersion, gemeente: string, perceel: string): AccessPolicy | undefined {
  const { policy, overridden } = applyOverride(ruleSet, gemeente);
  const toegang = policy.percelen[perceel]?.toegang;
  if (!isToegang(toegang)) return undefined;
  const base = `/percelen/${perceel}/toegang`;
  // A pointer the override patched sets a choice when it is that choice, inside it, or a parent that replaced it.
  const setBy = (...keys: string[]) =>
    overridden.some((p) => keys.some((k) => p === `${base}/${k}` || p.startsWith(`${base}/${k}/`) || `${base}/${k}`.startsWith(`${p}/`)));
  const hoe = decideHoeResponsibility(toegang);
  // An element counts as the municipality's choice only when its override changes who decides it.
  const regional = ruleSet.policy.percelen[perceel]?.toegang;
  const regionalHoe = isToegang(regional) ? decideHoeResponsibility(regional) : undefined;
  const hoeTouched = setBy('hoe', 'hoeElementenToegang', 'hoeElementenInOverleg');
  return {
    rulesetId: ruleSet.id,
    version: ruleSet.version,
    gemeente,
    perceel,
    wat: { beslisser: toegang.wat, override: setBy('wat') && (!isToegang(regional) || regional.wat !== toegang.wat) },
    hoe: Object.fromEntries(
      HOE_ELEMENTS.map((element) => [element, { beslisser: hoe[element], override: hoeTouched && regionalHoe?.[element] !== hoe[element] }]),
    ) as Record<HoeElement, PolicyDecider>,
  };
}

/** What the form presets for an element: the policy's decider; an element the provider decides stays open in the decision. */
export function presetFor(decider: PolicyDecider, kind: 'wat' | 'hoe'): SetBy {
  // The provider decides, or the resident chooses (Jeugd S3/S4: the provider): the decision leaves the element open.
  if (kind === 'hoe' && (decider.beslisser === 'aanbieder' || decider.beslisser === 'inwoner')) return 'open';
  return decider.beslisser === 'inwoner' ? 'open' : decider.beslisser;
}

const DECIDER_TEXT: Record<Beslisser, string> = { toegang: 'toegang', aanbieder: 'aanbieder', 'in-overleg': 'in overleg', inwoner: 'de inwoner kiest' };

/** "volgens beleid: aanbieder" (+ " — afwijking van Venlo" when the municipality's override sets it). */
export function deciderText(decider: PolicyDecider, gemeenteNaam: string): string {
  return `volgens beleid: ${DECIDER_TEXT[decider.beslisser]}${decider.override ? ` — afwijking van ${gemeenteNaam}` : ''}`;
}
