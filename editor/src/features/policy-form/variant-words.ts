/** A municipal variant in words, as the summary and the matrix show it: "Venlo: plekken in plaats van trajecten". */
import { fieldLabel } from './field-labels';
import { valueInSentence } from './dutch-values';
import { getIn, patchedPaths, sameJson, type Override } from './policy-document';

export function variantInWords(gemeenteNaam: string, override: Override | undefined, regionalPolicy: unknown, percelen: number): string[] {
  if (!override?.policy) return [];
  return patchedPaths(override.policy).flatMap((path) => {
    if (path.length === 0) return [];
    const key = String(path.at(-1));
    const after = getIn(override.policy, path);
    const before = getIn(regionalPolicy, path);
    // An entry equal to the region's value (the region adopted it since) changes nothing: no words for it.
    if (sameJson(after, before) || (after === null && before === undefined)) return [];
    const perceel = path[0] === 'percelen' && percelen > 1 ? ` (perceel ${String(path[1])})` : '';
    const what =
      key === 'vorm' || key === 'contractvorm'
        ? ''
        : `${fieldLabel(key)
            .replace(/ \(.*\)$/, '')
            .toLowerCase()} `;
    if (after === null) return [`${gemeenteNaam}: geen ${what.trim() || valueInSentence(before, key)}${perceel}`];
    return [`${gemeenteNaam}: ${what}${valueInSentence(after, key)} in plaats van ${valueInSentence(before, key)}${perceel}`];
  });
}
