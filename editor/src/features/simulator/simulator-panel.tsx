/**
 * Case proberen: runs an example or hand-made case against the editor's unsaved rule-set text, in the browser,
 * with the same engine as the server. Re-runs on every change of the rule-set text, case, municipality or as-of date.
 */
import { useEffect, useId, useState } from 'react';
import { AccessCheckForm } from '../access-check/access-check-form';
import { buildCase, type AccessForm } from '../access-check/build-case';
import { DecisionView } from '../findings/decision-view';
import { caseToForm } from './case-form';
import type { RulesetTabProps } from '../ruleset-editor/workspace';
import { evaluateDraft, type DraftRun } from './evaluate-draft';
import { loadExampleCases, templateCase, type ExampleCase } from './example-cases';
import { parseJsonText } from './parse-json-text';
import { rememberCase, rememberedCase } from './remembered-case';

const pretty = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/** The case's `gemeente` when the text is a JSON object that has one. */
function gemeenteOf(caseText: string): string | undefined {
  const parsed = parseJsonText(caseText, 'De casus');
  const value = parsed.ok ? (parsed.value as { gemeente?: unknown } | null)?.gemeente : undefined;
  return typeof value === 'string' ? value : undefined;
}

function firstPerceel(document: unknown): string {
  const percelen = (document as { policy?: { percelen?: Record<string, unknown> } } | undefined)?.policy?.percelen;
  return Object.keys(percelen ?? {})[0] ?? 'regionaal';
}

/** The tab entry (kept as a thin wrapper so the panel's hooks live in their own component however the page renders tabs). */
export function SimulatorPanel({ workspace }: RulesetTabProps) {
  return <Simulator workspace={workspace} />;
}

function Simulator({ workspace }: RulesetTabProps) {
  const { client, rulesetId, region, sharedRules, text, document, dirty, draft } = workspace;
  const ids = useId();
  const [examples, setExamples] = useState<ExampleCase[]>();
  const [examplesError, setExamplesError] = useState<string>();
  const [exampleKey, setExampleKey] = useState(() => rememberedCase(rulesetId)?.exampleKey ?? '');
  const [caseText, setCaseText] = useState(() => rememberedCase(rulesetId)?.caseText ?? '');
  const [asOf, setAsOf] = useState(() => rememberedCase(rulesetId)?.asOf ?? '');
  const [run, setRun] = useState<DraftRun>();
  const [inputMode, setInputMode] = useState<'formulier' | 'json'>('formulier');
  const [form, setForm] = useState<AccessForm>();
  // The inputs of the shown result; while a newer run is under way the old result is greyed and marked as outdated.
  const [shownFor, setShownFor] = useState<string>();

  const chooseExample = (example: ExampleCase | undefined) => {
    setExampleKey(example?.key ?? '');
    setForm(undefined);
    if (!example) return;
    setCaseText(pretty(example.caseData));
    setAsOf(example.asOf ?? '');
  };

  useEffect(() => {
    let current = true;
    loadExampleCases(client, rulesetId)
      .then((loaded) => {
        if (!current) return;
        setExamples(loaded);
        if (loaded.length > 0 && !rememberedCase(rulesetId)) chooseExample(loaded[0]);
      })
      .catch((e: Error) => {
        if (!current) return;
        setExamples([]);
        setExamplesError(`Voorbeeldcasussen konden niet worden geladen: ${e.message}`);
      });
    return () => {
      current = false;
    };
  }, [client, rulesetId]);

  // Without examples, start from a minimal case so there is always something to try.
  useEffect(() => {
    if (examples?.length === 0 && caseText === '' && region) {
      setCaseText(pretty(templateCase(rulesetId, region.gemeenten[0]?.id ?? '', firstPerceel(document), new Date().toISOString().slice(0, 10))));
    }
  }, [examples, caseText, region, rulesetId, document]);

  useEffect(() => {
    if (caseText !== '') rememberCase(rulesetId, { exampleKey, caseText, asOf });
  }, [rulesetId, exampleKey, caseText, asOf]);

  const inputKey = JSON.stringify([text, caseText, asOf]);
  useEffect(() => {
    if (caseText === '') return;
    let current = true;
    const key = JSON.stringify([text, caseText, asOf]);
    void evaluateDraft({ ruleSetText: text, caseText, asOf, region, sharedRules }).then((result) => {
      if (!current) return;
      setRun(result);
      setShownFor(key);
    });
    return () => {
      current = false;
    };
  }, [text, caseText, asOf, region, sharedRules]);
  const outdated = run !== undefined && shownFor !== inputKey;
  const versionLabel = dirty ? 'concept (niet opgeslagen)' : draft ? `concept, revisie ${draft.revision}` : undefined;

  const today = new Date().toISOString().slice(0, 10);
  /** The case as form answers (from the JSON text) whenever the form is shown without answers of its own. */
  const formShown: AccessForm | undefined = (() => {
    if (form) return form;
    const parsed = parseJsonText(caseText, 'De casus');
    return parsed.ok ? caseToForm(parsed.value, rulesetId, today) : undefined;
  })();
  const changeForm = (next: AccessForm): void => {
    setForm(next);
    setExampleKey('');
    setCaseText(pretty(buildCase(next).caseData));
  };
  const percelen = Object.keys((document as { policy?: { percelen?: object } } | undefined)?.policy?.percelen ?? {});
  const [, domain, segment] = rulesetId.split('/');
  const rulesetChoice = {
    id: rulesetId,
    region: region?.id ?? '',
    domain,
    segment,
    title: String((document as { title?: unknown })?.title ?? rulesetId),
    latestVersion: 0,
  };
  const gemeente = gemeenteOf(caseText);
  const setGemeente = (id: string) => {
    const parsed = parseJsonText(caseText, 'De casus');
    if (parsed.ok && parsed.value && typeof parsed.value === 'object') setCaseText(pretty({ ...parsed.value, gemeente: id }));
  };

  return (
    <div className="simulator">
      <form className="simulator-input" onSubmit={(e) => e.preventDefault()} aria-label="Casus">
        <label htmlFor={`${ids}-voorbeeld`}>Voorbeeldcasus (uit de regressietests)</label>
        <select id={`${ids}-voorbeeld`} value={exampleKey} onChange={(e) => chooseExample(examples?.find((x) => x.key === e.target.value))}>
          <option value="">{examples === undefined ? 'Voorbeelden laden…' : 'Eigen casus'}</option>
          {examples?.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </select>
        {examplesError && <p className="error">{examplesError}</p>}
        <label htmlFor={`${ids}-peildatum`}>Peildatum (leeg: de datum van de casus)</label>
        <input id={`${ids}-peildatum`} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <fieldset className="input-mode">
          <legend>Casus invoeren als</legend>
          <label className="field-inline">
            <input type="radio" name={`${ids}-invoer`} checked={inputMode === 'formulier'} onChange={() => setInputMode('formulier')} /> Formulier
          </label>
          <label className="field-inline">
            <input
              type="radio"
              name={`${ids}-invoer`}
              checked={inputMode === 'json'}
              onChange={() => {
                setInputMode('json');
                setForm(undefined);
              }}
            />{' '}
            JSON
          </label>
        </fieldset>
      </form>
      {inputMode === 'formulier' && (
        <div className="simulator-form" aria-label="Casus als formulier" role="group">
          {formShown ? (
            <AccessCheckForm
              form={formShown}
              onChange={changeForm}
              errors={form ? buildCase(form).errors : {}}
              regions={region ? [region] : []}
              rulesets={[rulesetChoice]}
              percelen={percelen}
              busy={false}
              onSubmit={() => undefined}
            />
          ) : (
            <p role="alert" className="error">
              De casus is geen geldige JSON; herstel die op het tabblad JSON.
            </p>
          )}
        </div>
      )}
      {inputMode === 'json' && (
        <form className="simulator-input" onSubmit={(e) => e.preventDefault()} aria-label="Casus als JSON">
          <label htmlFor={`${ids}-gemeente`}>Gemeente</label>
          <select
            id={`${ids}-gemeente`}
            value={gemeente ?? ''}
            disabled={gemeente === undefined && caseText !== ''}
            onChange={(e) => setGemeente(e.target.value)}
          >
            {gemeente === undefined && <option value="">(niet in de casus)</option>}
            {region?.gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-casus`}>Casus (JSON volgens het casusschema)</label>
          <textarea
            id={`${ids}-casus`}
            className="case-json"
            spellCheck={false}
            rows={24}
            value={caseText}
            onChange={(e) => {
              setCaseText(e.target.value);
              setExampleKey('');
            }}
          />
        </form>
      )}
      <section
        className={outdated ? 'simulator-result stale' : 'simulator-result'}
        aria-labelledby={`${ids}-uitkomst`}
        aria-busy={outdated || undefined}
        style={outdated ? { opacity: 0.5 } : undefined}
      >
        <h2 id={`${ids}-uitkomst`}>Uitkomst met de regelset in de editor</h2>
        <p className="muted">De casus draait in de browser tegen de tekst in de editor, ook als die nog niet is opgeslagen.</p>
        {!run && <p>Toetsen…</p>}
        {outdated && <p role="status">De invoer is gewijzigd; de uitkomst hieronder is verouderd en wordt opnieuw getoetst…</p>}
        {run && !run.ok && (
          <div role="alert" className="error">
            <p>
              {run.where === 'regelset' ? 'Probleem in de regelset: ' : 'Probleem in de casus: '}
              {run.message}
            </p>
            {run.issues.length > 1 && (
              <ul>
                {run.issues.map((issue, i) => (
                  <li key={i}>
                    <code>{issue.path || '/'}</code> {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {run?.ok && (
          <>
            {run.ruleSetIssues.length > 0 && (
              <p className="warning">
                Let op: de beleidscontrole meldt {run.ruleSetIssues.length} {run.ruleSetIssues.length === 1 ? 'probleem' : 'problemen'} in de regelset (zie
                Bewerken); de uitkomst kan daardoor afwijken.
              </p>
            )}
            <DecisionView decision={run.decision} explain versionLabel={versionLabel} />
          </>
        )}
      </section>
    </div>
  );
}
