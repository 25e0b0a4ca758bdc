import { describe, expect, it } from 'vitest';
import type { RuleSetVersion } from '../../../../engine/src/model';
import s3 from '../../../../rules/noord-limburg/jeugd/S3/v1.json';
import s1b from '../../../../rules/noord-limburg/wmo/S1b/v1.json';
import { accessPolicy, deciderText, presetFor } from './policy-in-force';

const regional = s1b as unknown as RuleSetVersion;

/** S1b with a (fictional) Horst aan de Maas override: the toegang sets the intensity itself, in overleg the duration. */
const withOverride: RuleSetVersion = {
  ...regional,
  overrides: {
    'horst-aan-de-maas': {
      description: 'Fictief voorbeeld: Horst aan de Maas stelt de intensiteit zelf vast.',
      source: [],
      policy: { percelen: { regionaal: { toegang: { hoeElementenToegang: ['intensiteit'], hoeElementenInOverleg: ['duur'] } } } },
    },
  } as unknown as RuleSetVersion['overrides'],
};

describe('accessPolicy', () => {
  it('follows the regional policy: WAT by the toegang, HOE by the provider', () => {
    const policy = accessPolicy(regional, 'venlo', 'regionaal')!;
    expect(policy.wat).toEqual({ beslisser: 'toegang', override: false });
    expect(policy.hoe.intensiteit).toEqual({ beslisser: 'aanbieder', override: false });
    expect(deciderText(policy.hoe.intensiteit, 'Venlo')).toBe('volgens beleid: aanbieder');
    expect(presetFor(policy.hoe.intensiteit, 'hoe')).toBe('open');
    expect(presetFor(policy.wat, 'wat')).toBe('toegang');
  });

  it('names the municipality whose override sets a choice', () => {
    const policy = accessPolicy(withOverride, 'horst-aan-de-maas', 'regionaal')!;
    expect(policy.hoe.intensiteit).toEqual({ beslisser: 'toegang', override: true });
    expect(policy.hoe.duur).toEqual({ beslisser: 'in-overleg', override: true });
    // Elements the override leaves with the provider are the regional choice, not the municipality's.
    expect(policy.hoe.product).toEqual({ beslisser: 'aanbieder', override: false });
    expect(deciderText(policy.hoe.intensiteit, 'Horst aan de Maas')).toBe('volgens beleid: toegang — afwijking van Horst aan de Maas');
    expect(presetFor(policy.hoe.duur, 'hoe')).toBe('in-overleg');
    expect(policy.wat.override).toBe(false);
    // Another municipality of the region keeps the regional policy.
    expect(accessPolicy(withOverride, 'venlo', 'regionaal')!.hoe.intensiteit).toEqual({ beslisser: 'aanbieder', override: false });
  });

  it('says "de inwoner kiest" where the policy gives an element to the resident (Jeugd S3: the provider), and leaves it open', () => {
    const policy = accessPolicy(s3 as unknown as RuleSetVersion, 'venlo', 'regionaal')!;
    expect(policy.hoe.aanbieder).toEqual({ beslisser: 'inwoner', override: false });
    expect(deciderText(policy.hoe.aanbieder, 'Venlo')).toBe('volgens beleid: de inwoner kiest');
    expect(presetFor(policy.hoe.aanbieder, 'hoe')).toBe('open');
    expect(deciderText(policy.hoe.duur, 'Venlo')).toBe('volgens beleid: in overleg');
  });
});
