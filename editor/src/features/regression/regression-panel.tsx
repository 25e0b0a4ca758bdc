/**
 * Regressietests tab: run the rule set's suites against a published version or any open draft (never creating one),
 * follow progress as server-sent events, then the results and the cases whose outcome changes
 * compared with the published version.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { may } from '../../roles';
import { rulesetHref } from '../../route';
import { rememberCase } from '../simulator/remembered-case';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { outcomeChanges } from './outcome-changes';
import { OutcomeChangesTable } from './outcome-changes-table';
import { caseResults, followTestRun, readTestRun, startTestRun, type CaseRunResult, type TestRun, type TestRunProgress, type TestTarget } from './test-run';
import { TestResultsTable } from './test-results-table';
import { TestRunProgressBar } from './test-run-progress';
import { defaultTarget, draftIdToRun, RunTargetSelect, targetLabel, type RunTarget } from './run-target-select';

interface RunView {
  label: string;
  progress?: TestRunProgress;
  run?: TestRun;
}

/** What a run is compared with: the draft with the latest version, a version with its predecessor. */
function baselineOf(side: RunTarget, latestVersion: number): number | undefined {
  if (side.kind === 'concept') return latestVersion;
  return side.version > 1 ? side.version - 1 : undefined;
}

function failureOf(run: TestRun | undefined): string | undefined {
  if (run?.status !== 'mislukt') return undefined;
  const first = run.results?.[0];
  return first && 'message' in first ? first.message : 'onbekende oorzaak';
}

export function RegressionPanel({ workspace }: RulesetTabProps) {
  const { client, me, rulesetId, info } = workspace;
  const [target, setTarget] = useState<RunTarget>(() => defaultTarget(workspace));
  const [withBaseline, setWithBaseline] = useState(true);
  const [main, setMain] = useState<RunView>();
  const [baseline, setBaseline] = useState<RunView>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const abort = useRef<AbortController>(undefined);
  const baselineId = useId();
  useEffect(() => () => abort.current?.abort(), []);

  if (!may(me, 'testen')) {
    return <p className="muted">Uw rol ({me.role}) mag geen regressietests starten; een tester of beheerder kan dat wel.</p>;
  }
  const baselineVersion = baselineOf(target, info.latestVersion);

  const execute = async (label: string, testTarget: TestTarget, set: (view: RunView) => void, signal: AbortSignal): Promise<void> => {
    const started = await startTestRun(client, rulesetId, testTarget);
    set({ label, progress: started });
    await followTestRun(client, started.id, (progress) => set({ label, progress }), signal);
    const run = await readTestRun(client, started.id);
    set({ label, progress: run, run });
  };

  const run = async (): Promise<void> => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setError(undefined);
    setMain(undefined);
    setBaseline(undefined);
    setRunning(true);
    try {
      let testTarget: TestTarget;
      if (target.kind === 'concept') {
        const draftId = await draftIdToRun(workspace, target.draftId);
        if (!draftId) {
          setError('Het concept kon niet worden opgeslagen; zie de melding bovenaan de pagina.');
          return;
        }
        testTarget = { draftId };
      } else testTarget = { version: target.version };
      const label = target.kind === 'concept' ? 'Concept' : `Versie ${target.version}`;
      await Promise.all([
        execute(label, testTarget, setMain, controller.signal),
        ...(withBaseline && baselineVersion !== undefined
          ? [execute(`Versie ${baselineVersion}`, { version: baselineVersion }, setBaseline, controller.signal)]
          : []),
      ]);
    } catch (e) {
      if (!controller.signal.aborted) setError(`De testrun kon niet worden uitgevoerd: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (!controller.signal.aborted) setRunning(false);
    }
  };

  /** Puts a failing suite case into Case proberen (as the example it is) and opens that tab. */
  const openCase = async (result: CaseRunResult): Promise<void> => {
    try {
      const { suites } = await client.get<{ suites: { id: string; suite: { cases: { case?: unknown; asOf?: string }[] } }[] }>(
        `/api/rulesets/${rulesetId}/suites`,
      );
      const found = suites.find((s) => s.id === result.suite)?.suite.cases[result.index];
      if (!found?.case) {
        setError(`“${result.name}” is geen casus maar een aanbiedersgeval; het kan niet in Case proberen worden geopend.`);
        return;
      }
      rememberCase(rulesetId, { exampleKey: `${result.suite}#${result.index}`, caseText: JSON.stringify(found.case, null, 2) + '\n', asOf: found.asOf ?? '' });
      window.location.hash = rulesetHref(rulesetId, 'proberen');
    } catch (e) {
      setError(`De casus kon niet worden geopend: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const mainResults = main?.run ? caseResults(main.run) : undefined;
  const baselineResults = baseline?.run ? caseResults(baseline.run) : undefined;
  const failures = [failureOf(main?.run), failureOf(baseline?.run)].filter(Boolean);
  return (
    <div className="regression">
      <form
        className="regression-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <RunTargetSelect label="Te testen" value={target} workspace={workspace} onChange={setTarget} disabled={running} />
        {baselineVersion !== undefined && (
          <div className="field-inline">
            <input id={baselineId} type="checkbox" checked={withBaseline} onChange={(e) => setWithBaseline(e.target.checked)} disabled={running} />
            <label htmlFor={baselineId}>Uitkomsten vergelijken met versie {baselineVersion}</label>
          </div>
        )}
        <button type="submit" disabled={running}>
          {running ? 'Suite loopt…' : 'Suite uitvoeren'}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {failures.map((message, i) => (
        <p key={i} role="alert" className="error">
          De testrun is mislukt: {message}
        </p>
      ))}
      {main?.progress && <TestRunProgressBar label={`Voortgang ${main.label.toLowerCase()}`} progress={main.progress} />}
      {baseline?.progress && <TestRunProgressBar label={`Voortgang ${baseline.label.toLowerCase()}`} progress={baseline.progress} />}
      {mainResults && main && (
        <section aria-label="Resultaten">
          <h3>Resultaten {main.label.toLowerCase()}</h3>
          <p className="muted">{targetLabel(target, info.versions, info.drafts)}</p>
          <TestResultsTable results={mainResults} caption={`Regressiesuite ${main.label.toLowerCase()}`} onOpenCase={(r) => void openCase(r)} />
        </section>
      )}
      {mainResults && baselineResults && main && baseline && (
        <section aria-label="Gewijzigde uitkomsten">
          <h3>Gewijzigde uitkomsten ten opzichte van {baseline.label.toLowerCase()}</h3>
          <OutcomeChangesTable changes={outcomeChanges(baselineResults, mainResults)} beforeLabel={baseline.label} afterLabel={main.label} />
        </section>
      )}
    </div>
  );
}
