/** Who decides each HOE element under a perceel's access policy (docs/domain.md §3, §5). */
import { HOE_ELEMENTS, type Beslisser, type HoeElement, type ToegangPolicy } from './rule-set';

const DEFAULT_BY_HOE: Record<ToegangPolicy['hoe'], Beslisser> = {
  aanbieder: 'aanbieder',
  toegang: 'toegang',
  'in-overleg': 'in-overleg',
  // "deels-toegang": the listed elements belong to the access team, the rest to the provider.
  'deels-toegang': 'aanbieder',
};

/** Maps every HOE element to who decides it: listed elements first, then the policy's default. */
export function decideHoeResponsibility(toegang: ToegangPolicy): Record<HoeElement, Beslisser> {
  const result = {} as Record<HoeElement, Beslisser>;
  for (const element of HOE_ELEMENTS) {
    if (toegang.hoeElementenToegang?.includes(element)) result[element] = 'toegang';
    else if (toegang.hoeElementenInOverleg?.includes(element)) result[element] = 'in-overleg';
    else if (toegang.hoeElementenInwoner?.includes(element)) result[element] = 'inwoner';
    else result[element] = DEFAULT_BY_HOE[toegang.hoe];
  }
  return result;
}
