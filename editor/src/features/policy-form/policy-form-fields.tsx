/** One generated form field (choice, yes/no, Dutch number or amount, text, multiple choice, group) bound to a value. */
import { useEffect, useId, useState } from 'react';
import { formatDutchAmount, formatDutchNumber, parseDutchAmount, parseDutchNumber, valueName } from './dutch-values';
import type { FormField } from './schema-fields';

export interface FieldProps {
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  readOnly: boolean;
  /** Shown under the field: a description that still names an old choice. */
  warning?: string;
  /** The field differs from the region's policy (municipal variant). */
  changedFromRegion?: boolean;
  renderGroupField?: (field: FormField) => React.ReactNode;
}

function Help({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="help muted">
      {text}
    </p>
  ) : null;
}

/** A text input for a Dutch number or amount: keeps what is typed while it is not (yet) valid, and says why. */
function DutchNumberInput({ field, value, onChange, readOnly, describedBy, marker }: FieldProps & { describedBy: string; marker: React.ReactNode }) {
  const amount = field.kind === 'bedrag';
  const shown = amount ? formatDutchAmount(value) : formatDutchNumber(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string>();
  const id = useId();
  const errorId = useId();
  useEffect(() => {
    setText((current) => {
      const parsed = amount ? parseDutchAmount(current) : parseDutchNumber(current);
      return parsed === value || (typeof value === 'number' && parsed === value) ? current : shown;
    });
    setError(undefined);
  }, [shown, value, amount]);
  const commit = (next: string): void => {
    setText(next);
    if (next.trim() === '') {
      if (field.required) setError('Verplicht veld.');
      else {
        setError(undefined);
        onChange(undefined);
      }
      return;
    }
    const parsed = amount ? parseDutchAmount(next) : parseDutchNumber(next);
    if (parsed === undefined) {
      setError(amount ? 'Vul een bedrag in, bijvoorbeeld 1.234,50.' : 'Vul een getal in met een komma als decimaalteken, bijvoorbeeld 12,5.');
      return;
    }
    if (typeof parsed === 'number') {
      if (field.kind === 'getal' && field.integer && !Number.isInteger(parsed)) return setError('Vul een geheel getal in.');
      if (field.kind === 'getal' && field.minimum !== undefined && parsed < field.minimum) return setError(`Minimaal ${formatDutchNumber(field.minimum)}.`);
      if (field.kind === 'getal' && field.maximum !== undefined && parsed > field.maximum) return setError(`Maximaal ${formatDutchNumber(field.maximum)}.`);
    }
    setError(undefined);
    onChange(parsed);
  };
  return (
    <Labelled id={id} label={field.label} marker={marker}>
      <span className="input-with-unit">
        {amount && <span aria-hidden="true">€ </span>}
        <input
          id={id}
          inputMode="decimal"
          value={text}
          readOnly={readOnly}
          onChange={(e) => commit(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy, error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        />
        {field.kind === 'getal' && field.percentage && <span aria-hidden="true"> %</span>}
      </span>
      {error && (
        <p id={errorId} className="error">
          {error}
        </p>
      )}
    </Labelled>
  );
}

/** A label (with the "afwijking" badge) above its control. */
function Labelled({ id, label, marker, children }: { id: string; label: string; marker: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {marker}
      </label>
      {children}
    </div>
  );
}

/** A select of choices; "— niet ingevuld —" while the value is empty or the field is optional. */
function ChoiceSelect({
  id,
  value,
  options,
  required,
  readOnly,
  describedBy,
  onChange,
}: {
  id: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  required: boolean;
  readOnly: boolean;
  describedBy: string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      disabled={readOnly}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      aria-describedby={describedBy || undefined}
    >
      {(value === undefined || !required) && <option value="">— niet ingevuld —</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A one-line input or a text area, reporting the text as typed. */
function TextEntry({
  id,
  multiline,
  text,
  readOnly,
  describedBy,
  onText,
}: {
  id: string;
  multiline: boolean;
  text: string;
  readOnly: boolean;
  describedBy: string;
  onText: (text: string) => void;
}) {
  const props = { id, value: text, readOnly, 'aria-describedby': describedBy || undefined };
  return multiline ? <textarea rows={2} {...props} onChange={(e) => onText(e.target.value)} /> : <input {...props} onChange={(e) => onText(e.target.value)} />;
}

const YES_NO = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

export function PolicyField(props: FieldProps) {
  const { field, value, onChange, readOnly, warning, changedFromRegion } = props;
  const id = useId();
  const helpId = useId();
  const warningId = useId();
  const describedBy = [field.help ? helpId : '', warning ? warningId : ''].filter(Boolean).join(' ');
  const marker = changedFromRegion ? <span className="badge"> afwijking</span> : null;
  const common = { id, required: field.required, readOnly, describedBy };
  /** An emptied optional field is removed from the policy. */
  const orUndefined = <T,>(next: T, empty: boolean): T | undefined => (empty && !field.required ? undefined : next);
  let control: React.ReactNode;
  switch (field.kind) {
    case 'keuze':
      control = (
        <Labelled id={id} label={field.label} marker={marker}>
          <ChoiceSelect
            {...common}
            value={value === undefined ? undefined : String(value)}
            options={field.options.map((option) => ({ value: option, label: valueName(option) }))}
            onChange={onChange}
          />
        </Labelled>
      );
      break;
    case 'ja-nee':
      control = (
        <Labelled id={id} label={field.label} marker={marker}>
          <ChoiceSelect
            {...common}
            value={value === undefined ? undefined : value ? 'ja' : 'nee'}
            options={YES_NO}
            onChange={(choice) => onChange(choice === undefined ? undefined : choice === 'ja')}
          />
        </Labelled>
      );
      break;
    case 'getal':
    case 'bedrag':
      control = <DutchNumberInput {...props} describedBy={describedBy} marker={marker} />;
      break;
    case 'tekst':
      control = (
        <Labelled id={id} label={field.label} marker={marker}>
          <TextEntry
            {...common}
            multiline={field.multiline}
            text={typeof value === 'string' ? value : ''}
            onText={(text) => onChange(orUndefined(text, text === ''))}
          />
        </Labelled>
      );
      break;
    case 'tekstlijst':
      control = (
        <Labelled id={id} label={field.label} marker={marker}>
          <TextEntry
            {...common}
            multiline={false}
            text={Array.isArray(value) ? value.join(', ') : ''}
            onText={(text) => {
              const items = text
                .split(',')
                .map((item) => item.trim())
                .filter(Boolean);
              onChange(orUndefined(items, items.length === 0));
            }}
          />
        </Labelled>
      );
      break;
    case 'meerkeuze': {
      const chosen = new Set(Array.isArray(value) ? value.map(String) : []);
      control = (
        <fieldset className="checkbox-group" aria-describedby={describedBy || undefined}>
          <legend>
            {field.label}
            {marker}
          </legend>
          {field.options.map((option) => (
            <label key={option} className="field-inline">
              <input
                type="checkbox"
                checked={chosen.has(option)}
                disabled={readOnly}
                onChange={(e) => {
                  const next = field.options.filter((o) => (o === option ? e.target.checked : chosen.has(o)));
                  onChange(orUndefined(next, next.length === 0));
                }}
              />{' '}
              {valueName(option)}
            </label>
          ))}
        </fieldset>
      );
      break;
    }
    case 'groep':
      control = (
        <fieldset className="field-group" aria-describedby={describedBy || undefined}>
          <legend>{field.label}</legend>
          {field.fields.map((child) => props.renderGroupField?.(child))}
        </fieldset>
      );
      break;
    case 'alleen-json':
      return null;
  }
  return (
    <div className="policy-field" data-field={field.key}>
      {control}
      <Help id={helpId} text={field.help} />
      {warning && (
        <p id={warningId} className="warning" role="note">
          {warning}
        </p>
      )}
    </div>
  );
}
