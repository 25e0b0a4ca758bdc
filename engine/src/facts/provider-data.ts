/** Provider data (engine/schemas/providers.schema.json): its types and its validation, naming every bad field. */
import { SturingError, type Issue } from '../model/errors';
import type { Region, SegmentPolicy } from '../model/rule-set';
import { validateAgainstSchema } from '../model/schemas';

export type ProviderType = 'regionaal-strategisch' | 'lokaal-basis' | 'systeem';
export type AgreementUnit = 'pxq' | 'traject' | 'plek' | 'resultaat' | 'lumpsum' | 'populatie' | 'gebied' | 'beschikbaarheid' | 'prijs-per-dag';

export interface YearFigures {
  jaar: number;
  clienten?: number;
  omzet?: string;
  kpi?: { uitvalPct?: number; clientervaring?: number; doelrealisatiePct?: number };
  evaluatie?: { voldoende: boolean; datum?: string; toelichting?: string };
}

export interface Agreement {
  perceel: string;
  soort: 'raamovereenkomst' | 'aanvullend' | 'omzetting-naar-plekken';
  eenheid: AgreementUnit;
  gemeente?: string;
  van?: string;
  omschrijving?: string;
}

export interface ProviderRequest {
  soort: 'toetreding' | 'aanvullende-afspraak' | 'afspraak-in-eenheid';
  perceel: string;
  datum: string;
  aanvullendOfInnovatief?: boolean;
  eenheid?: AgreementUnit;
  gemeente?: string;
  omschrijving?: string;
}

export interface Provider {
  id: string;
  naam: string;
  type: ProviderType;
  gecontracteerdePercelen: string[];
  gemeenten?: string[];
  jaren?: YearFigures[];
  afspraken?: Agreement[];
  verzoeken?: ProviderRequest[];
  toelichting?: string;
}

export interface ExtraCapacity {
  perceel: string;
  jaar: number;
  gecontracteerdeWaarde: string;
  tekortVastgesteld: boolean;
  inkopen: { bedrag: string; aanbieder?: string; omschrijving?: string }[];
}

export interface Award {
  perceel: string;
  criterium?: 'beste-prijs-kwaliteitverhouding' | 'laagste-prijs' | 'vaste-prijs-kwaliteit';
  prijsPct?: number;
  kwaliteitPct?: number;
  datum?: string;
  omschrijving?: string;
}

export interface ProviderData {
  id?: string;
  toelichting?: string;
  regio: string;
  domein: string;
  segment: string;
  datum: string;
  aanbieders: Provider[];
  extraCapaciteit?: ExtraCapacity[];
  gunningen?: Award[];
}

/** Validates provider data against its schema; throws AANBIEDERS_ONGELDIG naming every bad field. */
export function assertValidProviderData(value: unknown): asserts value is ProviderData {
  const issues = validateAgainstSchema('providers.schema.json', value);
  if (issues.length > 0) {
    throw new SturingError('AANBIEDERS_ONGELDIG', `De aanbiedersgegevens zijn ongeldig: ${issues[0].path || '/'} ${issues[0].message}`, issues);
  }
}

/**
 * Checks what the schema cannot: unique provider ids, and that every
 * perceel and municipality the data names exists in the segment and region.
 */
export function checkProviderDataAgainst(data: ProviderData, policy: SegmentPolicy, region: Region): void {
  const issues: Issue[] = [];
  const percelen = Object.keys(policy.percelen);
  const gemeenten = region.gemeenten.map((g) => g.id);
  const perceel = (value: string, path: string): void => {
    if (!percelen.includes(value)) issues.push({ path, message: `onbekend perceel "${value}"; het segment kent: ${percelen.join(', ')}` });
  };
  const gemeente = (value: string | undefined, path: string): void => {
    if (value !== undefined && !gemeenten.includes(value)) issues.push({ path, message: `gemeente "${value}" hoort niet bij regio ${region.naam}` });
  };
  const seen = new Set<string>();
  data.aanbieders.forEach((provider, i) => {
    const at = `/aanbieders/${i}`;
    if (seen.has(provider.id)) issues.push({ path: `${at}/id`, message: `aanbieder-id "${provider.id}" komt vaker voor` });
    seen.add(provider.id);
    provider.gecontracteerdePercelen.forEach((p, j) => perceel(p, `${at}/gecontracteerdePercelen/${j}`));
    (provider.gemeenten ?? []).forEach((g, j) => gemeente(g, `${at}/gemeenten/${j}`));
    (provider.afspraken ?? []).forEach((a, j) => {
      perceel(a.perceel, `${at}/afspraken/${j}/perceel`);
      gemeente(a.gemeente, `${at}/afspraken/${j}/gemeente`);
    });
    (provider.verzoeken ?? []).forEach((v, j) => {
      perceel(v.perceel, `${at}/verzoeken/${j}/perceel`);
      gemeente(v.gemeente, `${at}/verzoeken/${j}/gemeente`);
    });
  });
  (data.extraCapaciteit ?? []).forEach((e, i) => perceel(e.perceel, `/extraCapaciteit/${i}/perceel`));
  (data.gunningen ?? []).forEach((g, i) => perceel(g.perceel, `/gunningen/${i}/perceel`));
  if (issues.length > 0) {
    throw new SturingError(
      'AANBIEDERS_ONGELDIG',
      `De aanbiedersgegevens passen niet bij segment ${policy.segment}: ${issues[0].path} ${issues[0].message}`,
      issues,
    );
  }
}
