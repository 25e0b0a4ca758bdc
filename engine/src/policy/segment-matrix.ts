/**
 * The segment matrix: from the rule sets in force on a date, per region the
 * table of segments × the four steering elements per perceel, as table 7.1
 * of seed 003 shows it, with municipal overrides marked by numbered notes.
 * Isomorphic: the CLI renders it as Markdown or HTML, the server and the
 * editor use the JSON form.
 */
import { applyOverride, ILLUSTRATIVE_LABEL, isIllustrativeOverride } from '../rules/overrides';
import { patchedPointers } from '../json/merge-patch';
import { parsePointer } from '../json/json-pointer';
import { describeElement, describeElementParts, STEERING_ELEMENTS, type SteeringElement } from './policy-text';
import type { RuleRepository } from '../model/repository';
import { isInForce } from '../rules/resolve-version';
import { parseRuleSetId, type Region, type RuleSetVersion } from '../model/rule-set';
import { SturingError } from '../model/errors';

/** A municipality's change to one cell, with the number of its note. */
export interface MatrixCellOverride {
  noot: number;
  gemeente: string;
  gemeenteNaam: string;
  /** What the municipality does differently, in the same short words as the cell. */
  tekst: string;
  /** The override is an example, not a council decision (its text starts with the label that says so). */
  illustratief?: boolean;
}

export interface MatrixCell {
  tekst: string;
  nietVanToepassing: boolean;
  afwijkingen: MatrixCellOverride[];
}

export interface MatrixPerceel {
  perceel: string;
  omschrijving?: string;
  elementen: Record<SteeringElement, MatrixCell>;
}

export interface MatrixSegment {
  rulesetId: string;
  domein: string;
  segment: string;
  versie: number;
  geldigVanaf: string;
  titel: string;
  typering: string;
  basiseenheid: string;
  percelen: MatrixPerceel[];
}

/** A numbered note: one municipality's override of one segment. */
export interface MatrixNote {
  noot: number;
  rulesetId: string;
  gemeente: string;
  gemeenteNaam: string;
  omschrijving: string;
  /** The policy pointers the override changes. */
  pointers: string[];
  /** The override is an example, not a council decision. */
  illustratief?: boolean;
}

export interface MatrixDomain {
  domein: string;
  titel: string;
  segmenten: MatrixSegment[];
}

export interface MatrixRegion {
  id: string;
  naam: string;
  domeinen: MatrixDomain[];
  noten: MatrixNote[];
  /** Rule sets of the region without a version in force on the date. */
  nietVanKracht: string[];
}

export interface SegmentMatrix {
  peildatum: string;
  regios: MatrixRegion[];
}

export const DOMAIN_TITLES: Record<string, string> = { wmo: 'Wmo', jeugd: 'Jeugd', participatie: 'Participatie', 'beschermd-wonen': 'Beschermd wonen' };
const DOMAIN_ORDER = Object.keys(DOMAIN_TITLES);

const compareSegments = (a: string, b: string): number => a.localeCompare(b, 'nl', { numeric: true });

/** The version in force on `asOf` (the highest-numbered one), or undefined. */
function versionInForce(versions: readonly RuleSetVersion[], asOf: string): RuleSetVersion | undefined {
  return versions.filter((v) => isInForce(v, asOf)).reduce<RuleSetVersion | undefined>((a, b) => (!a || b.version > a.version ? b : a), undefined);
}

/** The override's text for one cell: only the parts it changed (the whole cell when it changed only prose). */
function overrideText(patched: RuleSetVersion['policy'], perceel: string, element: SteeringElement, changedKeys: Set<string>): string {
  const parts = describeElementParts(patched.percelen[perceel], element).filter((p) => p.keys.some((k) => changedKeys.has(k)));
  const text = parts.length > 0 ? parts.map((p) => p.text).join('; ') : describeElement(patched.percelen[perceel], element);
  // Read as "Venlo: plekken" after the municipality's name.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function buildSegment(ruleSet: RuleSetVersion, region: Region, notes: MatrixNote[]): MatrixSegment {
  const policy = ruleSet.policy;
  const percelen: MatrixPerceel[] = Object.entries(policy.percelen).map(([perceel, body]) => ({
    perceel,
    ...(body.omschrijving ? { omschrijving: body.omschrijving } : {}),
    elementen: Object.fromEntries(
      STEERING_ELEMENTS.map((element) => {
        const value = body[element] as unknown as Record<string, unknown> | undefined;
        return [element, { tekst: describeElement(body, element), nietVanToepassing: value?.nietVanToepassing === true, afwijkingen: [] }];
      }),
    ) as unknown as Record<SteeringElement, MatrixCell>,
  }));
  for (const [gemeente, override] of Object.entries(ruleSet.overrides ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const gemeenteNaam = region.gemeenten.find((g) => g.id === gemeente)?.naam ?? gemeente;
    const { policy: patched, overridden } = applyOverride(ruleSet, gemeente);
    const noot = notes.length + 1;
    const example = isIllustrativeOverride(override);
    const mark = (text: string) => (example ? `${ILLUSTRATIVE_LABEL}: ${text}` : text);
    notes.push({
      noot,
      rulesetId: ruleSet.id,
      gemeente,
      gemeenteNaam,
      omschrijving: mark(override.description ?? ''),
      pointers: overridden,
      ...(example ? { illustratief: true } : {}),
    });
    // Group the changed keys per perceel and element: /percelen/<perceel>/<element>/<key>/…
    const changed = new Map<string, Set<string>>();
    for (const pointer of patchedPointers(override.policy)) {
      const [root, perceel, element, key] = parsePointer(pointer);
      if (root !== 'percelen' || !perceel || !element) continue;
      const id = `${perceel}|${element}`;
      changed.set(id, (changed.get(id) ?? new Set()).add(key ?? ''));
    }
    for (const row of percelen) {
      for (const element of STEERING_ELEMENTS) {
        const keys = changed.get(`${row.perceel}|${element}`);
        if (!keys) continue;
        const meaningful = new Set([...keys].filter((k) => k !== 'omschrijving' && k !== 'bron'));
        row.elementen[element].afwijkingen.push({
          noot,
          gemeente,
          gemeenteNaam,
          tekst: mark(overrideText(patched, row.perceel, element, meaningful.size > 0 ? meaningful : keys)),
          ...(example ? { illustratief: true } : {}),
        });
      }
    }
  }
  const { domain, segment } = parseRuleSetId(ruleSet.id);
  return {
    rulesetId: ruleSet.id,
    domein: domain,
    segment,
    versie: ruleSet.version,
    geldigVanaf: ruleSet.effectiveFrom,
    titel: ruleSet.title,
    typering: policy.typering,
    basiseenheid: policy.basiseenheid,
    percelen,
  };
}

/** Builds the matrix of every region (or only `region`) from the rule sets in force on `asOf`. */
export async function buildSegmentMatrix(repository: RuleRepository, options: { asOf: string; region?: string }): Promise<SegmentMatrix> {
  const regions = await repository.listRegions();
  const chosen = options.region ? regions.filter((r) => r.id === options.region) : regions;
  if (options.region && chosen.length === 0) {
    throw new SturingError('REGIO_ONBEKEND', `Regio "${options.region}" is onbekend; bekende regio's: ${regions.map((r) => r.id).join(', ')}.`, [
      { path: '/region', message: `bekende regio's: ${regions.map((r) => r.id).join(', ')}` },
    ]);
  }
  const ids = await repository.listRuleSetIds();
  const result: MatrixRegion[] = [];
  for (const region of chosen) {
    const notes: MatrixNote[] = [];
    const nietVanKracht: string[] = [];
    const segments: MatrixSegment[] = [];
    const own = ids
      .filter((id) => parseRuleSetId(id).region === region.id)
      .sort((a, b) => {
        const x = parseRuleSetId(a);
        const y = parseRuleSetId(b);
        return DOMAIN_ORDER.indexOf(x.domain) - DOMAIN_ORDER.indexOf(y.domain) || compareSegments(x.segment, y.segment);
      });
    for (const id of own) {
      const ruleSet = versionInForce(await repository.listVersions(id), options.asOf);
      if (ruleSet) segments.push(buildSegment(ruleSet, region, notes));
      else nietVanKracht.push(id);
    }
    const domeinen = DOMAIN_ORDER.map((domein) => ({ domein, titel: DOMAIN_TITLES[domein], segmenten: segments.filter((s) => s.domein === domein) })).filter(
      (d) => d.segmenten.length > 0,
    );
    result.push({ id: region.id, naam: region.naam, domeinen, noten: notes, nietVanKracht });
  }
  return { peildatum: options.asOf, regios: result };
}
