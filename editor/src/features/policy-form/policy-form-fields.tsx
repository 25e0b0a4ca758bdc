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
function DutchNumberInput({ field, value, onChange, readOnly, describedBy }: FieldProps & { describedBy: string }) {
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
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
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
    </div>
  );
}

export function PolicyField(props: FieldProps) {
  const { field, value, onChange, readOnly, warning, changedFromRegion } = props;
  const id = useId();
  const helpId = useId();
  const warningId = useId();
  const describedBy = [field.help ? helpId : '', warning ? warningId : ''].filter(Boolean).join(' ');
  const marker = changedFromRegion ? <span className="badge"> afwijking</span> : null;
  let control: React.ReactNode;
  switch (field.kind) {
    case 'keuze':
      control = (
        <div className="field">
          <label htmlFor={id}>
            {field.label}
            {marker}
          </label>
          <select
            id={id}
            value={value === undefined ? '' : String(value)}
            disabled={readOnly}
            onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
            aria-describedby={describedBy || undefined}
          >
            {(value === undefined || !field.required) && <option value="">— niet ingevuld —</option>}
            {field.options.map((option) => (
              <option key={option} value={option}>
                {valueName(option)}
              </option>
            ))}
          </select>
        </div>
      );
      break;
    case 'ja-nee':
      control = (
        <div className="field">
          <label htmlFor={id}>
            {field.label}
            {marker}
          </label>
          <select
            id={id}
            value={value === undefined ? '' : value ? 'ja' : 'nee'}
            disabled={readOnly}
            onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'ja')}
            aria-describedby={describedBy || undefined}
          >
            {(value === undefined || !field.required) && <option value="">— niet ingevuld —</option>}
            <option value="ja">Ja</option>
            <option value="nee">Nee</option>
          </select>
        </div>
      );
      break;
    case 'getal':
    case 'bedrag':
      control = <DutchNumberInput {...props} describedBy={describedBy} />;
      break;
    case 'tekst':
      control = (
        <div className="field">
          <label htmlFor={id}>
            {field.label}
            {marker}
          </label>
          {field.multiline ? (
            <textarea
              id={id}
              rows={2}
              value={typeof value === 'string' ? value : ''}
              readOnly={readOnly}
              onChange={(e) => onChange(e.target.value === '' && !field.required ? undefined : e.target.value)}
              aria-describedby={describedBy || undefined}
            />
          ) : (
            <input
              id={id}
              value={typeof value === 'string' ? value : ''}
              readOnly={readOnly}
              onChange={(e) => onChange(e.target.value === '' && !field.required ? undefined : e.target.value)}
              aria-describedby={describedBy || undefined}
            />
          )}
        </div>
      );
      break;
    case 'tekstlijst':
      control = (
        <div className="field">
          <label htmlFor={id}>
            {field.label}
            {marker}
          </label>
          <input
            id={id}
            value={Array.isArray(value) ? value.join(', ') : ''}
            readOnly={readOnly}
            onChange={(e) => {
              const items = e.target.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean);
              onChange(items.length === 0 && !field.required ? undefined : items);
            }}
            aria-describedby={describedBy || undefined}
          />
        </div>
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
                  onChange(next.length === 0 && !field.required ? undefined : next);
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
