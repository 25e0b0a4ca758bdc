/**
 * Outcome data (engine/schemas/resultaten.schema.json): trajectory end records and half-year indicators per
 * provider. Read record by record: a bad trajectory or period is skipped and listed with its JSON pointer, the
 * rest is reported; only a file whose frame is unreadable is refused.
 */
import { SturingError, type Issue } from '../model/errors';
import { redenBeeindigingLabel } from '../model/reden-beeindiging';
import type { SegmentPolicy } from '../model/rule-set';
import { validateAgainstSchema } from '../model/schemas';

export interface TrajectoryEnd {
  aanbieder: string;
  perceel?: string;
  einddatum: string;
  redenBeeindiging: string;
  kwalificatieScore?: number;
  doelenBereikt?: number;
  doelenTotaal?: number;
}

export interface HalfYearIndicators {
  aanbieder: string;
  jaar: number;
  halfjaar: 1 | 2;
  uitvalPct?: number;
  clientervaring?: number;
  doelrealisatiePct?: number;
}

export interface OutcomeData {
  regio: string;
  ruleset: string;
  fictief?: boolean;
  toelichting?: string;
  aanbieders: { id: string; naam: string }[];
  trajecten?: TrajectoryEnd[];
  perioden?: HalfYearIndicators[];
}

/** The records that can be reported, and the ones skipped with the reason. */
export interface ReadOutcomeData {
  data: OutcomeData;
  trajecten: TrajectoryEnd[];
  perioden: HalfYearIndicators[];
  overgeslagen: Issue[];
}

const RECORD = /^\/(trajecten|perioden)\/(\d+)(\/|$)/;

/**
 * Validates outcome data against its schema and the segment: schema problems inside one record skip that record;
 * any other problem refuses the file (RESULTATEN_ONGELDIG). Then every record must name a listed provider, a perceel
 * of the segment, a reason code of the domain's list, and no more goals reached than planned; a period occurs once.
 */
export function readOutcomeData(value: unknown, policy: SegmentPolicy): ReadOutcomeData {
  const schemaIssues = validateAgainstSchema('resultaten.schema.json', value);
  const frame = schemaIssues.filter((issue) => !RECORD.test(issue.path));
  if (frame.length > 0) {
    throw new SturingError('RESULTATEN_ONGELDIG', `De resultaatgegevens zijn ongeldig: ${frame[0].path || '/'} ${frame[0].message}`, frame);
  }
  const data = value as OutcomeData;
  const skipped: Issue[] = [];
  const badRecords = new Set<string>();
  for (const issue of schemaIssues) {
    const [, list, index] = RECORD.exec(issue.path) as RegExpExecArray;
    badRecords.add(`/${list}/${index}`);
    skipped.push(issue);
  }
  const providers = new Set(data.aanbieders.map((a) => a.id));
  const percelen = Object.keys(policy.percelen);
  const check = (at: string, problem: string | undefined): boolean => {
    if (problem === undefined) return true;
    skipped.push({ path: at, message: problem });
    return false;
  };
  const trajecten = (data.trajecten ?? []).filter((t, i) => {
    const at = `/trajecten/${i}`;
    if (badRecords.has(at)) return false;
    return (
      check(`${at}/aanbieder`, providers.has(t.aanbieder) ? undefined : `aanbieder "${t.aanbieder}" staat niet in de lijst van aanbieders`) &&
      check(
        `${at}/perceel`,
        t.perceel === undefined || percelen.includes(t.perceel) ? undefined : `onbekend perceel "${t.perceel}"; het segment kent: ${percelen.join(', ')}`,
      ) &&
      check(
        `${at}/redenBeeindiging`,
        redenBeeindigingLabel(policy.domein, t.redenBeeindiging)
          ? undefined
          : `onbekende reden beëindiging "${t.redenBeeindiging}" voor ${policy.domein === 'jeugd' ? 'iJw' : 'iWmo'}`,
      ) &&
      check(
        `${at}/doelenBereikt`,
        t.doelenBereikt !== undefined && t.doelenTotaal !== undefined && t.doelenBereikt > t.doelenTotaal
          ? `${t.doelenBereikt} doelen bereikt van ${t.doelenTotaal} in het plan`
          : undefined,
      )
    );
  });
  const seenPeriods = new Set<string>();
  const perioden = (data.perioden ?? []).filter((p, i) => {
    const at = `/perioden/${i}`;
    if (badRecords.has(at)) return false;
    const key = `${p.aanbieder} ${p.jaar} ${p.halfjaar}`;
    const ok =
      check(`${at}/aanbieder`, providers.has(p.aanbieder) ? undefined : `aanbieder "${p.aanbieder}" staat niet in de lijst van aanbieders`) &&
      check(`${at}/halfjaar`, seenPeriods.has(key) ? `halfjaar ${p.halfjaar} van ${p.jaar} staat al eerder voor aanbieder "${p.aanbieder}"` : undefined);
    seenPeriods.add(key);
    return ok;
  });
  return { data, trajecten, perioden, overgeslagen: skipped };
}
