/**
 * Impact tab: what changing the rule set does to cases (POST /api/impact) — from a published version to another
 * version or to any open draft (never creating one) — over the rule set's regression suites or a generated population.
 * For a draft, the suite cases it changes can be judged beoogd/regressie.
 */
import { useId, useMemo, useState } from 'react';
import { GemeenteSelect } from '../../components/gemeente-select';
import { may } from '../../roles';
import { SideSelect } from '../compare/side-select';
import { defaultTarget, draftIdToRun, RunTargetSelect, type RunTarget } from '../regression/run-target-select';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { ImpactReportView } from './impact-report-view';
import type { ApiImpactReport } from './impact-types';
import { SettlementPanel } from '../settlement/settlement-panel';
import { SuiteChangesSection } from './suite-changes-section';

type CaseSource = 'suites' | 'populatie';

export function ImpactPanel({ workspace }: RulesetTabProps) {
  const { client, me, rulesetId, info, region } = workspace;
  const previous = info.versions.length > 1 ? info.latestVersion - 1 : info.latestVersion;
  const [to, setTo] = useState<RunTarget>(() => defaultTarget(workspace));
  const [from, setFrom] = useState(to.kind === 'concept' ? info.latestVersion : previous);
  const [source, setSource] = useState<CaseSource>('suites');
  const [count, setCount] = useState('2000');
  const [gemeente, setGemeente] = useState('');
  const [report, setReport] = useState<ApiImpactReport>();
  const [draftId, setDraftId] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ids = { source: useId(), count: useId() };
  const gemeenteNames = useMemo(() => Object.fromEntries((region?.gemeenten ?? []).map((g) => [g.id, g.naam])), [region]);

  const calculate = async (): Promise<void> => {
    setError(undefined);
    const population = Number(count);
    if (source === 'populatie' && (!Number.isInteger(population) || population < 1 || population > 50_000)) {
      setError('Aantal casussen: vul een geheel getal van 1 tot en met 50.000 in.');
      return;
    }
    setBusy(true);
    try {
      let target: { to: number } | { draftId: string };
      if (to.kind === 'concept') {
        const draftId = await draftIdToRun(workspace, to.draftId);
        if (!draftId) {
          setError('Het concept kon niet worden opgeslagen; zie de melding bovenaan de pagina.');
          return;
        }
        target = { draftId };
      } else target = { to: to.version };
      const cases =
        source === 'suites'
          ? { suites: true }
          : { population: { year: Number(info.versions.at(-1)?.effectiveFrom.slice(0, 4)) || 2024, seed: 1, count: population } };
      const answer = await client.request<ApiImpactReport>('POST', '/api/impact', {
        body: { ruleset: rulesetId, from, ...target, ...cases, ...(gemeente ? { gemeente } : {}), examples: 3 },
      });
      setReport(answer.body);
      setDraftId('draftId' in target ? target.draftId : undefined);
    } catch (e) {
      setError(`De impact kon niet worden berekend: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="impact">
      <form
        className="impact-form"
        onSubmit={(e) => {
          e.preventDefault();
          void calculate();
        }}
      >
        <SideSelect
          label="Van versie"
          value={{ kind: 'versie', version: from }}
          versions={info.versions}
          onChange={(side) => side.kind === 'versie' && setFrom(side.version)}
        />
        <RunTargetSelect label="Naar" value={to} workspace={workspace} onChange={setTo} />
        <div className="field">
          <label htmlFor={ids.source}>Casussen</label>
          <select id={ids.source} value={source} onChange={(e) => setSource(e.target.value as CaseSource)}>
            <option value="suites">Regressiesuites van de regelset</option>
            <option value="populatie">Gegenereerde populatie</option>
          </select>
        </div>
        {source === 'populatie' && (
          <div className="field">
            <label htmlFor={ids.count}>Aantal casussen</label>
            <input id={ids.count} inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
          </div>
        )}
        <GemeenteSelect region={region} value={gemeente} onChange={setGemeente} />
        <button type="submit" disabled={busy}>
          {busy ? 'Berekenen…' : 'Impact berekenen'}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {report && <ImpactReportView report={report} gemeenteNames={gemeenteNames} />}
      {report && draftId && <SuiteChangesSection client={client} rulesetId={rulesetId} draftId={draftId} mayJudge={may(me, 'testen')} />}
      <SettlementPanel workspace={workspace} />
    </div>
  );
}
