/** Results of several POST /api/berichten calls (one per batch of files) as one table and one set of counts. */
import type { CheckReport, CheckedAllocation } from '../../../../engine/src/messages';

export interface BerichtenResponse {
  rapport: CheckReport;
  toewijzingen: CheckedAllocation[];
}

export interface MergedResult {
  berichten: number;
  berichtenOvergeslagen: number;
  toewijzingen: CheckedAllocation[];
  problemen: CheckReport['problemen'];
  onbekendeCodes: CheckReport['onbekendeCodes'];
  uitstroom: CheckReport['uitstroom'];
}

export function emptyResult(): MergedResult {
  return { berichten: 0, berichtenOvergeslagen: 0, toewijzingen: [], problemen: [], onbekendeCodes: [], uitstroom: [] };
}

/** Adds one response to the running result (pure: returns a new object). */
export function mergeResponse(result: MergedResult, response: BerichtenResponse): MergedResult {
  const codes = new Map(result.onbekendeCodes.map((c) => [`${c.regio}|${c.code}`, { ...c }]));
  for (const c of response.rapport.onbekendeCodes) {
    const key = `${c.regio}|${c.code}`;
    const known = codes.get(key);
    if (known) known.aantal += c.aantal;
    else codes.set(key, { ...c });
  }
  const outflow = new Map(result.uitstroom.map((u) => [`${u.aanbieder}|${u.reden}`, { ...u }]));
  for (const u of response.rapport.uitstroom) {
    const key = `${u.aanbieder}|${u.reden}`;
    const known = outflow.get(key);
    if (known) known.aantal += u.aantal;
    else outflow.set(key, { ...u });
  }
  return {
    berichten: result.berichten + response.rapport.gelezen.berichten,
    berichtenOvergeslagen: result.berichtenOvergeslagen + response.rapport.gelezen.berichtenOvergeslagen,
    toewijzingen: [...result.toewijzingen, ...response.toewijzingen],
    problemen: [...result.problemen, ...response.rapport.problemen],
    onbekendeCodes: [...codes.values()],
    uitstroom: [...outflow.values()],
  };
}

export interface TableFilter {
  tekst: string;
  oordeel: '' | CheckedAllocation['oordeel'];
  gemeente: string;
}

/** The allocations the table shows: free text over id, product, segment and codes; verdict; municipality. */
export function filterAllocations(list: readonly CheckedAllocation[], filter: TableFilter): CheckedAllocation[] {
  const needle = filter.tekst.trim().toLowerCase();
  return list.filter(
    (a) =>
      (!filter.oordeel || a.oordeel === filter.oordeel) &&
      (!filter.gemeente || a.gemeente === filter.gemeente) &&
      (!needle || [a.id, a.product, a.rulesetId, a.file, ...a.findings.map((f) => f.code)].some((v) => v.toLowerCase().includes(needle))),
  );
}

/** Splits files into batches under `maxChars` of content each (one oversized file gets a batch of its own). */
export function batchFiles<T extends { inhoud: string }>(files: readonly T[], maxChars: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && size + file.inhoud.length > maxChars) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.inhoud.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
