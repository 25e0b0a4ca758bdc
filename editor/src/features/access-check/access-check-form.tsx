/** The access form: municipality, segment, perceel, decision date, client basics, the WAT and who set each HOE element. No JSON. */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { HOE_ELEMENTS, type Region } from '../../../../engine/src/model';
import { HOE_LABELS, HULPVRAAG_LABELS, SET_BY_LABELS, TOEWIJZING_LABELS, resultaatgebiedenVoor, segmentLabel, type SetBy } from './access-labels';
import { deciderText, type AccessPolicy } from './policy-in-force';
import type { RuleSetSummary } from '../../../../server/contract';
import type { AccessForm, FieldErrors } from './build-case';

/** A rule set as GET /api/rulesets lists it. */
export type RuleSetChoice = RuleSetSummary;

export interface AccessCheckFormProps {
  form: AccessForm;
  onChange: (form: AccessForm) => void;
  errors: FieldErrors;
  regions: Region[];
  rulesets: RuleSetChoice[];
  /** The percelen of the chosen segment (as its policy has them). */
  percelen: string[];
  busy: boolean;
  onSubmit: () => void;
  /** Who decides the WAT and each HOE element under the policy in force (once gemeente, segment and perceel are chosen). */
  policy?: AccessPolicy;
  /** The chosen municipality's name, for "afwijking van …". */
  gemeenteNaam?: string;
}

type DateField = 'besluitdatum' | 'meldingsdatum' | 'indicatieVan' | 'indicatieTot' | 'planVanAanpakDatum';

const SET_BY: SetBy[] = ['toegang', 'aanbieder', 'in-overleg', 'open'];
const errorId = (field: string) => `${field}-fout`;

/** aria attributes that link a field to its error message. */
function errorProps(errors: FieldErrors, field: string) {
  return errors[field] ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {};
}

function FieldError({ errors, field }: { errors: FieldErrors; field: string }) {
  return errors[field] ? (
    <p id={errorId(field)} className="field-error">
      {errors[field]}
    </p>
  ) : null;
}

function Field({ id, label, errors, children }: { id: string; label: string; errors: FieldErrors; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError errors={errors} field={id} />
    </div>
  );
}

function SetByGroup({
  name,
  legend,
  hint,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  /** "volgens beleid: …" under the policy in force. */
  hint?: string;
  value: SetBy;
  onChange: (value: SetBy) => void;
}) {
  return (
    <fieldset className="radio-group">
      <legend>
        {legend}
        {hint && <span className="policy-hint"> ({hint})</span>}
      </legend>
      {SET_BY.map((option) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} /> {SET_BY_LABELS[option]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A group of checkboxes that is one tab stop: Tab enters at the last focused box, the arrow keys move between the
 * boxes, Space toggles (the keyboard pattern of a radio group, which the browser gives radios natively).
 */
function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const [active, setActive] = useState(0);
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, options.length - 1));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, index: number) => {
    const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (index + step + options.length) % options.length;
    setActive(next);
    boxes.current[next]?.focus();
  };
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.map((r, i) => (
        <label key={r.value}>
          <input
            ref={(el) => {
              boxes.current[i] = el;
            }}
            type="checkbox"
            value={r.value}
            tabIndex={i === current ? 0 : -1}
            checked={value.includes(r.value)}
            onFocus={() => setActive(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
            onChange={(e) => onChange(e.target.checked ? [...value, r.value] : value.filter((v) => v !== r.value))}
          />{' '}
          {r.label}
        </label>
      ))}
    </fieldset>
  );
}

export function AccessCheckForm({ form, onChange, errors, regions, rulesets, percelen, busy, onSubmit, policy, gemeenteNaam = '' }: AccessCheckFormProps) {
  const set = <K extends keyof AccessForm>(key: K, value: AccessForm[K]) => onChange({ ...form, [key]: value });
  const dateField = (key: DateField, label: string) => (
    <Field id={key} label={label} errors={errors}>
      <input id={key} type="date" value={form[key]} {...errorProps(errors, key)} onChange={(e) => set(key, e.target.value)} />
    </Field>
  );
  const region = regions.find((r) => r.id === form.regio) ?? regions.find((r) => r.gemeenten.some((g) => g.id === form.gemeente));
  const segments = rulesets.filter((r) => r.region === region?.id);
  const domein = rulesets.find((r) => r.id === form.rulesetId)?.domain;
  // Result areas of another domain that were ticked before the segment changed stay visible, so nothing is lost unseen.
  const areas = resultaatgebiedenVoor(domein);
  const shownAreas = [
    ...areas,
    ...resultaatgebiedenVoor(undefined).filter((r) => form.resultaatgebieden.includes(r.value) && !areas.some((a) => a.value === r.value)),
  ];
  return (
    <form
      className="access-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset>
        <legend>Besluit</legend>
        <Field id="gemeente" label="Gemeente" errors={errors}>
          <select
            id="gemeente"
            value={form.gemeente ? `${region?.id ?? ''}/${form.gemeente}` : ''}
            {...errorProps(errors, 'gemeente')}
            onChange={(e) => {
              // Values are "<region>/<gemeente>": the same municipality can appear under several regions.
              const [regio = '', gemeente = ''] = e.target.value.split('/');
              onChange({ ...form, regio, gemeente, rulesetId: '', perceel: '' });
            }}
          >
            <option value="">Kies een gemeente</option>
            {regions.map((r) => (
              <optgroup key={r.id} label={r.naam}>
                {r.gemeenten.map((g) => (
                  <option key={g.id} value={`${r.id}/${g.id}`}>
                    {g.naam}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id="segment" label="Segment" errors={errors}>
          <select
            id="segment"
            value={form.rulesetId}
            disabled={!region}
            {...errorProps(errors, 'segment')}
            onChange={(e) => onChange({ ...form, rulesetId: e.target.value, perceel: '' })}
          >
            <option value="">{region ? 'Kies een segment' : 'Kies eerst een gemeente'}</option>
            {segments.map((r) => (
              <option key={r.id} value={r.id}>
                {segmentLabel(r)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="perceel" label="Perceel" errors={errors}>
          <select
            id="perceel"
            value={form.perceel}
            disabled={percelen.length === 0}
            {...errorProps(errors, 'perceel')}
            onChange={(e) => set('perceel', e.target.value)}
          >
            <option value="">{form.rulesetId ? 'Kies een perceel' : 'Kies eerst een segment'}</option>
            {percelen.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
        {dateField('besluitdatum', 'Besluitdatum')}
        {dateField('meldingsdatum', 'Datum van de melding (als bekend)')}
      </fieldset>

      <fieldset>
        <legend>Cliënt</legend>
        <Field id="leeftijd" label="Leeftijd (jaren)" errors={errors}>
          <input
            id="leeftijd"
            inputMode="numeric"
            value={form.leeftijd}
            {...errorProps(errors, 'leeftijd')}
            onChange={(e) => set('leeftijd', e.target.value)}
          />
        </Field>
        <Field id="hulpvraag" label="Hulpvraag" errors={errors}>
          <select id="hulpvraag" value={form.hulpvraag} onChange={(e) => set('hulpvraag', e.target.value)}>
            <option value="">onbekend</option>
            {Object.entries(HULPVRAAG_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="complex" label="Complexe situatie (meerdere leefgebieden tegelijk)" errors={errors}>
          <select id="complex" value={form.complex} onChange={(e) => set('complex', e.target.value)}>
            <option value="">onbekend</option>
            <option value="ja">ja</option>
            <option value="nee">nee</option>
          </select>
        </Field>
        <Field id="verwachteDuurMaanden" label="Verwachte duur van de ondersteuning (maanden)" errors={errors}>
          <input
            id="verwachteDuurMaanden"
            inputMode="numeric"
            value={form.verwachteDuurMaanden}
            {...errorProps(errors, 'verwachteDuurMaanden')}
            onChange={(e) => set('verwachteDuurMaanden', e.target.value)}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>WAT: wat moet er bereikt worden</legend>
        <Field id="doelen" label="Doelen (één per regel)" errors={errors}>
          <textarea id="doelen" rows={3} value={form.doelen} onChange={(e) => set('doelen', e.target.value)} />
        </Field>
        <CheckboxGroup legend="Resultaatgebieden" options={shownAreas} value={form.resultaatgebieden} onChange={(v) => set('resultaatgebieden', v)} />
        <SetByGroup
          name="wat-door"
          legend="WAT vastgesteld door"
          hint={policy ? deciderText(policy.wat, gemeenteNaam) : undefined}
          value={form.watVastgesteldDoor}
          onChange={(v) => set('watVastgesteldDoor', v)}
        />
      </fieldset>

      <fieldset>
        <legend>HOE: hoe wordt het bereikt</legend>
        <Field id="toewijzing" label="Soort toewijzing" errors={errors}>
          <select id="toewijzing" value={form.toewijzing} onChange={(e) => set('toewijzing', e.target.value)}>
            <option value="">niet opgegeven</option>
            {Object.entries(TOEWIJZING_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        {HOE_ELEMENTS.map((element) => {
          const choice = form.hoe[element];
          const setChoice = (next: Partial<typeof choice>) => set('hoe', { ...form.hoe, [element]: { ...choice, ...next } });
          return (
            <div key={element} className="hoe-element">
              <Field id={`hoe-${element}`} label={`${HOE_LABELS[element]}: vastgestelde waarde`} errors={errors}>
                <input
                  id={`hoe-${element}`}
                  value={choice.waarde}
                  {...errorProps(errors, `hoe-${element}`)}
                  onChange={(e) => setChoice({ waarde: e.target.value })}
                />
              </Field>
              <SetByGroup
                name={`hoe-${element}-door`}
                legend={`${HOE_LABELS[element]} vastgesteld door`}
                hint={policy ? deciderText(policy.hoe[element], gemeenteNaam) : undefined}
                value={choice.door}
                onChange={(door) => setChoice({ door })}
              />
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>Indicatie en plan van aanpak</legend>
        {dateField('indicatieVan', 'Indicatie van')}
        {dateField('indicatieTot', 'Indicatie tot (leeg: onbepaalde tijd)')}
        {dateField('planVanAanpakDatum', 'Plan van aanpak van de aanbieder ingediend op (als dat er is)')}
      </fieldset>

      <button type="submit" disabled={busy}>
        {busy ? 'Bezig met toetsen…' : 'Besluit toetsen'}
      </button>
    </form>
  );
}
