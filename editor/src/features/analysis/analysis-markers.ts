/** Where each analysis finding sits in the rule-set text: one marker per JSON pointer (the finding's own version only). */
import { JsonSourceMap } from '../../../../engine/src/json';
import type { AnalysisFinding } from './analysis-types';

export interface AnalysisMarker {
  line: number;
  column: number;
  pointer: string;
  finding: AnalysisFinding;
}

/** The markers for the findings that concern the document on screen (`version`), located in `text`. */
export function locateAnalysisFindings(text: string, findings: readonly AnalysisFinding[], version: number | undefined): AnalysisMarker[] {
  // On text that is not JSON there is nothing to point at (the source map would place everything on line 1).
  try {
    JSON.parse(text);
  } catch {
    return [];
  }
  const map = new JsonSourceMap(text);
  const out: AnalysisMarker[] = [];
  for (const finding of findings) {
    if (version !== undefined && finding.version !== undefined && finding.version !== version && !finding.versions?.includes(version)) continue;
    for (const pointer of finding.pointers) {
      const { line, column } = map.locate(pointer);
      out.push({ line, column, pointer, finding });
    }
  }
  return out;
}
