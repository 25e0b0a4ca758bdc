/**
 * The structured policy form beside Monaco: per perceel the four steering elements, generated from the rule-set
 * schema, bound to the same document as the JSON view (every edit becomes an undoable step of Monaco's model; the
 * form's "Ongedaan maken"/"Opnieuw" and Ctrl+Z/Ctrl+Shift+Z/Ctrl+Y walk that one history). A municipal variant
 * ("Gemeentelijke afwijking toevoegen", also for a municipality that has one) is edited in the same form and only
 * its changed values are written to the override, with a required explanation and source.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Region } from '../../../../engine/src/model';
import { ELEMENT_TITLES, STEERING_ELEMENTS, type SteeringElement } from '../../../../engine/src/policy';
import { valueName } from './dutch-values';
import { isTextEntry, undoKey, type EditHistory } from './edit-history';
import { fieldLabel } from './field-labels';
import {
  addOverride,
  effectivePolicy,
  fieldsNoLongerApplying,
  getIn,
  mentionsChoice,
  sameJson,
  setIn,
  writePolicyValue,
  type FormMode,
  type Override,
  type Path,
} from './policy-document';
import { OverrideSources, sourceComplete } from './override-sources';
import { PolicyField } from './policy-form-fields';
import { elementFields, elementHelp, type FormField } from './schema-fields';
import { variantInWords } from './variant-words';
import './policy-form.css';

export interface PolicyFormProps {
  document: unknown;
  /** Why the text cannot be read (the form then shows nothing to edit). */
  unreadable?: string;
  /** `group` names the field being edited: its changes in a row (keystrokes, a select's type-ahead) are one undo step. */
  onChange: (document: unknown, group?: string) => void;
  readOnly: boolean;
  region: Region | undefined;
  /** The text's undo history, shared with the JSON view; without it the form has no undo of its own. */
  history?: EditHistory;
}

interface PendingChoice {
  path: Path;
  element: SteeringElement;
  key: string;
  oldValue: unknown;
  newValue: unknown;
  stale: string[];
}

const FIELDS: Record<SteeringElement, FormField[]> = Object.fromEntries(STEERING_ELEMENTS.map((e) => [e, elementFields(e)])) as Record<
  SteeringElement,
  FormField[]
>;

export function PolicyForm({ document, unreadable, onChange, readOnly, region, history }: PolicyFormProps) {
  const [mode, setMode] = useState<FormMode>({ kind: 'regio' });
  const [chosenPerceel, setPerceel] = useState<string>();
  const [pending, setPending] = useState<PendingChoice>();
  const [flags, setFlags] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState(false);
  const [newGemeente, setNewGemeente] = useState('');
  /** The municipality whose existing override "toevoegen" opened, with its explanation and number of sources then. */
  const [extending, setExtending] = useState<{ gemeente: string; description: string; sources: number }>();
  // The text field the user is typing in: until it is committed (left, or Enter), Ctrl+Z there is the field's own.
  const typingIn = useRef<EventTarget | null>(null);
  const ids = { mode: useId(), perceel: useId(), gemeente: useId(), description: useId(), dialog: useId() };

  const gemeenten = region?.gemeenten ?? [];
  const naamOf = (id: string): string => gemeenten.find((g) => g.id === id)?.naam ?? id;
  const overrides = (getIn(document, ['overrides']) ?? {}) as Record<string, Override>;
  const policy = useMemo(() => effectivePolicy(document, mode), [document, mode]);
  const regionalPolicy = getIn(document, ['policy']);
  const percelen = Object.keys((getIn(regionalPolicy, ['percelen']) ?? {}) as object);
  const perceel = chosenPerceel && percelen.includes(chosenPerceel) ? chosenPerceel : percelen[0];

  if (unreadable) {
    return (
      <section aria-label="Beleidsformulier" className="policy-form">
        <h2>Beleid per perceel</h2>
        <p role="alert" className="error">
          {unreadable} Het formulier toont het beleid weer zodra de tekst te lezen is.
        </p>
      </section>
    );
  }
  if (!perceel) {
    return (
      <section aria-label="Beleidsformulier" className="policy-form">
        <h2>Beleid per perceel</h2>
        <p className="muted">De tekst heeft (nog) geen percelen; gebruik de JSON-weergave.</p>
      </section>
    );
  }

  const write = (doc: unknown, path: Path, value: unknown): unknown => writePolicyValue(doc, mode, path, value);
  const modeKey = mode.kind === 'regio' ? 'regio' : mode.gemeente;

  const change = (element: SteeringElement, keys: string[], value: unknown, group?: string): void => {
    const path: Path = ['percelen', perceel, element, ...keys];
    const oldValue = getIn(policy, path);
    const next = write(document, path, value);
    const key = keys.join('.');
    const flagPrefix = `${perceel}/`;
    if (key === 'omschrijving') setFlags((f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== `${flagPrefix}${element}`)));
    if (keys.length === 1 && oldValue !== undefined && value !== undefined && !sameJson(oldValue, value)) {
      const elementValue = getIn(policy, ['percelen', perceel, element]);
      const stale = fieldsNoLongerApplying(element, key, elementValue, oldValue, value);
      const describes: Record<string, string> = {};
      const message = `Deze omschrijving noemt nog ‘${valueName(oldValue)}’, maar de keuze is nu ‘${valueName(value)}’. Pas de tekst aan.`;
      if (mentionsChoice(getIn(elementValue, ['omschrijving']), oldValue)) describes[`${flagPrefix}${element}`] = message;
      if (mentionsChoice(getIn(policy, ['percelen', perceel, 'omschrijving']), oldValue)) describes[`${flagPrefix}perceel`] = message;
      if (Object.keys(describes).length > 0) setFlags((f) => ({ ...f, ...describes }));
      if (stale.length > 0) setPending({ path: ['percelen', perceel, element], element, key, oldValue, newValue: value, stale });
    }
    onChange(next, group);
  };

  const resolvePending = (action: 'verwijderen' | 'laten' | 'terug'): void => {
    if (!pending) return;
    let next = document;
    if (action === 'verwijderen') for (const field of pending.stale) next = write(next, [...pending.path, field], undefined);
    if (action === 'terug') next = write(next, [...pending.path, pending.key], pending.oldValue);
    setPending(undefined);
    if (next !== document) onChange(next);
  };

  const renderField = (element: SteeringElement, field: FormField, prefix: string[] = []): React.ReactNode => {
    const keys = [...prefix, field.key];
    const path: Path = ['percelen', perceel, element, ...keys];
    return (
      <PolicyField
        key={keys.join('.')}
        field={field}
        value={getIn(policy, path)}
        readOnly={readOnly}
        onChange={(value) => change(element, keys, value, `${modeKey}/${perceel}/${element}/${keys.join('.')}`)}
        changedFromRegion={mode.kind === 'afwijking' && field.kind !== 'groep' && !sameJson(getIn(policy, path), getIn(regionalPolicy, path))}
        warning={field.key === 'omschrijving' && prefix.length === 0 ? flags[`${perceel}/${element}`] : undefined}
        renderGroupField={(child) => renderField(element, child, keys)}
      />
    );
  };

  const override = mode.kind === 'afwijking' ? overrides[mode.gemeente] : undefined;
  const setOverrideMeta = (field: 'description' | 'source', value: unknown, group?: string): void => {
    if (mode.kind !== 'afwijking') return;
    onChange(setIn(document, ['overrides', mode.gemeente, field], value), group && `${modeKey}/${group}`);
  };
  // Opened through "Gemeentelijke afwijking toevoegen" while the municipality already had one: the explanation must grow.
  const extendingThis =
    mode.kind === 'afwijking' &&
    extending?.gemeente === mode.gemeente &&
    ((override?.description ?? '') === extending.description || (override?.source ?? []).length <= extending.sources);
  const variantWords = mode.kind === 'afwijking' ? variantInWords(naamOf(mode.gemeente), override, regionalPolicy, percelen.length) : [];

  /**
   * "Gemeentelijke afwijking toevoegen": a new override for a municipality without one; for one that has an override
   * already, that override opens in the form (its values kept) with a new source to fill in for what is added.
   */
  const startVariant = (gemeente: string): void => {
    const existing = overrides[gemeente];
    if (existing) {
      const sources = existing.source ?? [];
      onChange(setIn(document, ['overrides', gemeente, 'source'], [...sources, { document: '', passage: '' }]));
      setExtending({ gemeente, description: existing.description ?? '', sources: sources.length });
    } else {
      onChange(addOverride(document, gemeente));
      setExtending(undefined);
    }
    setMode({ kind: 'afwijking', gemeente });
    setAdding(false);
    setNewGemeente('');
  };

  const commitField = (): void => {
    typingIn.current = null;
    history?.seal();
  };
  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (!history) return;
    if (event.key === 'Enter' && isTextEntry(event.target) && event.target.tagName === 'INPUT') return commitField();
    const action = undoKey(event);
    // While a field is being typed in, its own undo takes the keystrokes back (they reach the text as edits too).
    if (!action || (isTextEntry(event.target) && typingIn.current === event.target)) return;
    event.preventDefault();
    typingIn.current = null;
    if (action === 'undo') history.undo();
    else history.redo();
  };

  return (
    <section
      aria-label="Beleidsformulier"
      className="policy-form"
      onKeyDown={onKeyDown}
      onInput={(event) => {
        if (isTextEntry(event.target)) typingIn.current = event.target;
      }}
      // Leaving a field commits it: its changes so far are one undo step, the next edit starts another.
      onBlur={commitField}
    >
      <h2>Beleid per perceel</h2>
      {history && (
        <div className="toolbar policy-form-history" role="group" aria-label="Wijzigingen in formulier en JSON-weergave">
          <button type="button" disabled={!history.canUndo} aria-keyshortcuts="Control+Z" onClick={() => history.undo()}>
            Ongedaan maken
          </button>
          <button type="button" disabled={!history.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" onClick={() => history.redo()}>
            Opnieuw
          </button>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.mode}>Bewerken voor</label>
        <select
          id={ids.mode}
          value={mode.kind === 'regio' ? '' : mode.gemeente}
          onChange={(e) => setMode(e.target.value === '' ? { kind: 'regio' } : { kind: 'afwijking', gemeente: e.target.value })}
        >
          <option value="">De regio (alle gemeenten)</option>
          {Object.keys(overrides).map((id) => (
            <option key={id} value={id}>
              Afwijking van {naamOf(id)}
            </option>
          ))}
        </select>
      </div>
      {!readOnly && !adding && gemeenten.length > 0 && (
        <button type="button" onClick={() => setAdding(true)}>
          Gemeentelijke afwijking toevoegen
        </button>
      )}
      {adding && (
        <div className="field-inline">
          <label htmlFor={ids.gemeente}>Gemeente</label>{' '}
          <select id={ids.gemeente} value={newGemeente} onChange={(e) => setNewGemeente(e.target.value)}>
            <option value="">— kies een gemeente —</option>
            {gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {overrides[g.id] ? `${g.naam} (heeft al een afwijking)` : g.naam}
              </option>
            ))}
          </select>{' '}
          <button type="button" disabled={!newGemeente} onClick={() => startVariant(newGemeente)}>
            {newGemeente && overrides[newGemeente] ? 'Bestaande afwijking aanvullen' : 'Afwijking toevoegen'}
          </button>{' '}
          <button type="button" onClick={() => setAdding(false)}>
            Annuleren
          </button>
        </div>
      )}
      {mode.kind === 'afwijking' && (
        <fieldset className="variant">
          <legend>Afwijking van {naamOf(mode.gemeente)}</legend>
          <p className="muted">Wijzig hieronder de velden die in {naamOf(mode.gemeente)} anders zijn; alleen de gewijzigde waarden worden vastgelegd.</p>
          <div className="field">
            <label htmlFor={ids.description}>Toelichting (verplicht)</label>
            <textarea
              id={ids.description}
              rows={2}
              readOnly={readOnly}
              value={override?.description ?? ''}
              onChange={(e) => setOverrideMeta('description', e.target.value, 'description')}
              aria-invalid={!override?.description ? true : undefined}
            />
          </div>
          <OverrideSources sources={override?.source ?? []} readOnly={readOnly} onChange={(sources, group) => setOverrideMeta('source', sources, group)} />
          {(!override?.description || !(override.source ?? []).length || !(override.source ?? []).every(sourceComplete)) && (
            <p className="warning" role="note">
              Een afwijking heeft een toelichting en een bron (document en passage) nodig.
            </p>
          )}
          {extendingThis && (
            <p className="warning" role="note">
              Vul de toelichting aan met wat u aan de afwijking van {naamOf(mode.gemeente)} toevoegt, en geef de bron daarvan.
            </p>
          )}
          <h3>De afwijking in woorden</h3>
          {variantWords.length === 0 ? (
            <p className="muted">Nog geen gewijzigde velden.</p>
          ) : (
            <ul data-testid="variant-words">
              {variantWords.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {!readOnly && (
            <button
              type="button"
              onClick={() => {
                onChange(setIn(document, ['overrides', mode.gemeente], undefined));
                setMode({ kind: 'regio' });
              }}
            >
              Afwijking van {naamOf(mode.gemeente)} verwijderen
            </button>
          )}
        </fieldset>
      )}
      {percelen.length > 1 && (
        <div className="field">
          <label htmlFor={ids.perceel}>Perceel</label>
          <select id={ids.perceel} value={perceel} onChange={(e) => setPerceel(e.target.value)}>
            {percelen.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby={ids.dialog} aria-modal="false">
          <p id={ids.dialog}>
            U koos ‘{valueName(pending.newValue)}’ in plaats van ‘{valueName(pending.oldValue)}’. Deze velden horen bij ‘{valueName(pending.oldValue)}’ en
            gelden niet meer: {pending.stale.map(fieldLabel).join(', ')}. Wat wilt u ermee doen?
          </p>
          <div className="toolbar">
            <button type="button" onClick={() => resolvePending('verwijderen')}>
              Velden verwijderen
            </button>
            <button type="button" onClick={() => resolvePending('laten')}>
              Velden laten staan
            </button>
            <button type="button" onClick={() => resolvePending('terug')}>
              Keuze terugzetten
            </button>
          </div>
        </div>
      )}
      <h3>Perceel {perceel}</h3>
      {flags[`${perceel}/perceel`] && (
        <p className="warning" role="note">
          Omschrijving van het perceel: {flags[`${perceel}/perceel`]}
        </p>
      )}
      {STEERING_ELEMENTS.map((element) => {
        const value = getIn(policy, ['percelen', perceel, element]);
        const notApplicable = getIn(value, ['nietVanToepassing']) === true;
        return (
          <fieldset key={element} className="steering-element" data-element={element}>
            <legend>{ELEMENT_TITLES[element]}</legend>
            <p className="help muted">{elementHelp(element)}</p>
            {notApplicable ? (
              <p>Niet van toepassing: {String(getIn(value, ['toelichting']) ?? '')}</p>
            ) : (
              FIELDS[element].map((field) => renderField(element, field))
            )}
            {FIELDS[element].some((f) => f.kind === 'alleen-json') && !notApplicable && (
              <p className="muted">
                {FIELDS[element]
                  .filter((f) => f.kind === 'alleen-json')
                  .map((f) => fieldLabel(f.key))
                  .join(', ')}
                : te bewerken in de JSON-weergave.
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
