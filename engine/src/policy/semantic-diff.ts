/**
 * A semantic diff of two rule-set documents in readable Dutch ("S1b regionaal — bekostiging:
 * budgetplafond (geen voorschotten) → budgetafspraak met afrekening, bandbreedte 5 %"), built on the
 * structural diff (json-diff.ts) and the policy texts of the steering elements (policy-text.ts).
 * Documents are taken as they come (a draft may be incomplete), so every field is read defensively.
 */
import { diffJson, type JsonChange } from '../json/json-diff';
import { applyMergePatch } from '../json/merge-patch';
import { describeElementParts, ELEMENT_TITLES, STEERING_ELEMENTS, type SteeringElement, type TextPart } from './policy-text';
import type { PerceelPolicy } from '../model/rule-set';

/** What part of the rule set a line is about. */
export type SemanticArea = 'versie' | 'beleid' | 'afwijking' | 'regel' | 'bronnen';

export interface SemanticChange {
  area: SemanticArea;
  /** JSON pointer of the changed node in the documents. */
  pointer: string;
  /** One readable Dutch line. */
  text: string;
}

export interface SemanticDiffOptions {
  /** Municipality names by id (from the region), so lines say "Venlo" instead of "venlo". */
  gemeenteNames?: Record<string, string>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const objectOf = (value: unknown): Json => (isObject(value) ? value : {});

/** "2023-01-01" → "01-01-2023"; null/absent → "geen". */
function dutchDate(value: unknown): string {
  if (typeof value !== 'string' || value === '') return 'geen';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : value;
}

const scalar = (value: unknown): string => (value === undefined || value === null ? 'geen' : typeof value === 'string' ? value : JSON.stringify(value));

const FIELD_TITLES: Record<string, string> = { omschrijving: 'omschrijving', bron: 'bron', toelichting: 'toelichting' };

/** Matches a phrase of one version with the other's by the first policy key it reads. */
const partKey = (part: TextPart): string => part.keys[0] ?? '';

/** The changed phrases of one steering element, or [] when its description and fields are the same. */
function elementPieces(before: PerceelPolicy | undefined, after: PerceelPolicy | undefined, element: SteeringElement): string[] {
  const fieldChanges = diffJson(before?.[element], after?.[element]);
  if (fieldChanges.length === 0) return [];
  const beforeParts = describeElementParts(before, element);
  const afterParts = describeElementParts(after, element);
  const keys = [...new Set([...beforeParts, ...afterParts].map(partKey))];
  const pieces: string[] = [];
  const explained = new Set<string>();
  for (const key of keys) {
    const was = beforeParts.find((p) => partKey(p) === key);
    const is = afterParts.find((p) => partKey(p) === key);
    if (was?.text === is?.text) continue;
    for (const part of [was, is]) for (const k of part?.keys ?? []) explained.add(k);
    if (was && is) pieces.push(`${was.text} → ${is.text}`);
    else if (was) pieces.push(`${was.text} vervalt`);
    else if (is) pieces.push(`nieuw: ${is.text}`);
  }
  // Fields no phrase shows (omschrijving, bron) or whose phrase reads the same: name them.
  const otherFields = [...new Set(fieldChanges.map((c) => c.pointer.split('/')[1] ?? ''))].filter((field) => field && !explained.has(field));
  for (const field of otherFields) pieces.push(`${FIELD_TITLES[field] ?? field} gewijzigd`);
  if (pieces.length === 0) pieces.push('gewijzigd');
  return pieces;
}

/** Lines for every element of every perceel that differs between two policies. */
function policyLines(prefix: string, pointer: string, before: unknown, after: unknown, area: SemanticArea, only?: Set<string>): SemanticChange[] {
  const percelenBefore = objectOf(objectOf(before).percelen);
  const percelenAfter = objectOf(objectOf(after).percelen);
  const lines: SemanticChange[] = [];
  for (const perceel of [...new Set([...Object.keys(percelenBefore), ...Object.keys(percelenAfter)])]) {
    const at = `${pointer}/percelen/${perceel}`;
    const was = percelenBefore[perceel] as PerceelPolicy | undefined;
    const is = percelenAfter[perceel] as PerceelPolicy | undefined;
    if (!isObject(was) || !isObject(is)) {
      if (was !== is) lines.push({ area, pointer: at, text: `${prefix} ${perceel}: perceel ${was === undefined ? 'toegevoegd' : 'verwijderd'}` });
      continue;
    }
    if (was.omschrijving !== is.omschrijving && !only)
      lines.push({ area, pointer: `${at}/omschrijving`, text: `${prefix} ${perceel}: omschrijving gewijzigd` });
    for (const element of STEERING_ELEMENTS) {
      if (only && !only.has(`${perceel}/${element}`)) continue;
      const pieces = elementPieces(was, is, element);
      if (pieces.length > 0) {
        lines.push({ area, pointer: `${at}/${element}`, text: `${prefix} ${perceel} — ${ELEMENT_TITLES[element].toLowerCase()}: ${pieces.join('; ')}` });
      }
    }
  }
  return lines;
}

const SEGMENT_FIELDS: Record<string, string> = { domein: 'Domein', segment: 'Segment', typering: 'Typering', basiseenheid: 'Basiseenheid' };

function segmentFieldLines(before: Json, after: Json): SemanticChange[] {
  return Object.entries(SEGMENT_FIELDS)
    .filter(([field]) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map(([field, title]) => ({ area: 'beleid' as const, pointer: `/policy/${field}`, text: `${title}: ${scalar(before[field])} → ${scalar(after[field])}` }));
}

/** The perceel/element pairs a municipal patch touches. */
function touchedElements(patch: unknown): string[] {
  const percelen = objectOf(objectOf(patch).percelen);
  return Object.entries(percelen).flatMap(([perceel, elements]) => Object.keys(objectOf(elements)).map((element) => `${perceel}/${element}`));
}

/**
 * Override lines, measured against the new regional policy both times, so a regional change is
 * reported once (under the region) and not again for every municipality.
 */
function overrideLines(before: Json, after: Json, segment: string, names: Record<string, string>): SemanticChange[] {
  const overridesBefore = objectOf(before.overrides);
  const overridesAfter = objectOf(after.overrides);
  const lines: SemanticChange[] = [];
  for (const gemeente of [...new Set([...Object.keys(overridesBefore), ...Object.keys(overridesAfter)])]) {
    const was = overridesBefore[gemeente];
    const is = overridesAfter[gemeente];
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    const name = names[gemeente] ?? gemeente;
    const pointer = `/overrides/${gemeente}`;
    if (was === undefined) lines.push({ area: 'afwijking', pointer, text: `Afwijking ${name} toegevoegd` });
    else if (is === undefined) lines.push({ area: 'afwijking', pointer, text: `Afwijking ${name} verwijderd` });
    const patchBefore = objectOf(was).policy ?? {};
    const patchAfter = objectOf(is).policy ?? {};
    const touched = new Set([...touchedElements(patchBefore), ...touchedElements(patchAfter)]);
    const effectiveBefore = applyMergePatch(after.policy, patchBefore);
    const effectiveAfter = applyMergePatch(after.policy, patchAfter);
    const policy = policyLines(`${name} — ${segment}`, `${pointer}/policy`, effectiveBefore, effectiveAfter, 'afwijking', touched);
    lines.push(...policy);
    if (was !== undefined && is !== undefined && policy.length === 0) {
      lines.push({ area: 'afwijking', pointer, text: `Afwijking ${name}: toelichting of bron gewijzigd` });
    }
  }
  return lines;
}

const RULE_ASPECTS: Record<string, string> = {
  conditions: 'voorwaarden',
  description: 'omschrijving',
  source: 'bron',
  priority: 'prioriteit',
  forEach: 'herhaling (forEach)',
  subject: 'onderwerp',
};

function ruleChangeText(before: Json, after: Json): string {
  const eventBefore = objectOf(objectOf(before.event).params);
  const eventAfter = objectOf(objectOf(after.event).params);
  const aspects: string[] = [];
  for (const [field, title] of Object.entries(RULE_ASPECTS)) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) aspects.push(title);
  }
  if (JSON.stringify(objectOf(before.event).type) !== JSON.stringify(objectOf(after.event).type)) {
    aspects.push(`code ${scalar(objectOf(before.event).type)} → ${scalar(objectOf(after.event).type)}`);
  }
  if (eventBefore.severity !== eventAfter.severity) aspects.push(`ernst ${scalar(eventBefore.severity)} → ${scalar(eventAfter.severity)}`);
  if (eventBefore.message !== eventAfter.message) aspects.push('melding');
  if (eventBefore.advies !== eventAfter.advies) aspects.push('advies');
  if (eventBefore.policyChoice !== eventAfter.policyChoice) aspects.push('beleidskeuze');
  return aspects.length > 0 ? aspects.join(', ') : 'gewijzigd';
}

/** Rules are matched by id, so reordering is not a change and an inserted rule is one line. */
function ruleLines(before: Json, after: Json): SemanticChange[] {
  const byId = (rules: unknown): Map<string, Json> =>
    new Map((Array.isArray(rules) ? rules : []).filter(isObject).map((rule, i) => [typeof rule.id === 'string' ? rule.id : `#${i}`, rule]));
  const rulesBefore = byId(before.rules);
  const rulesAfter = byId(after.rules);
  const lines: SemanticChange[] = [];
  for (const id of [...new Set([...rulesBefore.keys(), ...rulesAfter.keys()])]) {
    const was = rulesBefore.get(id);
    const is = rulesAfter.get(id);
    const pointer = `/rules/${[...(is ? rulesAfter : rulesBefore).keys()].indexOf(id)}`;
    if (!was) lines.push({ area: 'regel', pointer, text: `Regel ${id} toegevoegd` });
    else if (!is) lines.push({ area: 'regel', pointer, text: `Regel ${id} verwijderd` });
    else if (JSON.stringify(was) !== JSON.stringify(is)) lines.push({ area: 'regel', pointer, text: `Regel ${id} gewijzigd: ${ruleChangeText(was, is)}` });
  }
  const sharedBefore = (Array.isArray(before.sharedRules) ? before.sharedRules : []).map(String);
  const sharedAfter = (Array.isArray(after.sharedRules) ? after.sharedRules : []).map(String);
  for (const lib of sharedAfter.filter((l) => !sharedBefore.includes(l))) {
    lines.push({ area: 'regel', pointer: '/sharedRules', text: `Gedeelde regels ${lib} toegevoegd` });
  }
  for (const lib of sharedBefore.filter((l) => !sharedAfter.includes(l))) {
    lines.push({ area: 'regel', pointer: '/sharedRules', text: `Gedeelde regels ${lib} verwijderd` });
  }
  return lines;
}

function versionLines(changes: JsonChange[], before: Json, after: Json): SemanticChange[] {
  const changed = (field: string): boolean => changes.some((c) => c.pointer === `/${field}` || c.pointer.startsWith(`/${field}/`));
  const lines: SemanticChange[] = [];
  if (changed('version')) lines.push({ area: 'versie', pointer: '/version', text: `Versie ${scalar(before.version)} → ${scalar(after.version)}` });
  if (changed('effectiveFrom')) {
    lines.push({ area: 'versie', pointer: '/effectiveFrom', text: `Ingangsdatum ${dutchDate(before.effectiveFrom)} → ${dutchDate(after.effectiveFrom)}` });
  }
  if (changed('effectiveTo')) {
    lines.push({ area: 'versie', pointer: '/effectiveTo', text: `Einddatum ${dutchDate(before.effectiveTo)} → ${dutchDate(after.effectiveTo)}` });
  }
  if (changed('title')) lines.push({ area: 'versie', pointer: '/title', text: `Titel: ${scalar(before.title)} → ${scalar(after.title)}` });
  if (changed('description')) lines.push({ area: 'versie', pointer: '/description', text: 'Beschrijving gewijzigd' });
  if (changed('changeNote')) lines.push({ area: 'versie', pointer: '/changeNote', text: 'Toelichting op de wijziging aangepast' });
  if (changed('source')) {
    const count = changes.filter((c) => c.pointer.startsWith('/source')).length;
    lines.push({ area: 'bronnen', pointer: '/source', text: `Bronnen gewijzigd (${count} ${count === 1 ? 'wijziging' : 'wijzigingen'})` });
  }
  return lines;
}

/**
 * What changed from `before` to `after`, as Dutch lines in a fixed order: version data, regional
 * policy, municipal overrides, rules, sources. Empty when the documents are equal.
 */
export function describeRuleSetChanges(before: unknown, after: unknown, options: SemanticDiffOptions = {}): SemanticChange[] {
  const was = objectOf(before);
  const is = objectOf(after);
  const changes = diffJson(was, is);
  if (changes.length === 0) return [];
  const policyBefore = objectOf(was.policy);
  const policyAfter = objectOf(is.policy);
  const segment = scalar(policyAfter.segment ?? policyBefore.segment);
  const lines = versionLines(changes, was, is);
  return [
    ...lines.filter((l) => l.area === 'versie'),
    ...segmentFieldLines(policyBefore, policyAfter),
    ...policyLines(segment, '/policy', policyBefore, policyAfter, 'beleid'),
    ...overrideLines(was, is, segment, options.gemeenteNames ?? {}),
    ...ruleLines(was, is),
    ...lines.filter((l) => l.area === 'bronnen'),
  ];
}
