/** The input form generated from a funding model's schema: visible Dutch labels, the schema's descriptions as help, errors per field. */
import type { Draft, Field, FieldError, NamedRow, ScalarField, ValueField } from './schema-fields';
import { draftOf } from './schema-fields';

interface FieldProps<F extends Field, D extends Draft> {
  field: F;
  value: D;
  onChange: (value: D) => void;
  /** Label path of this field, as the errors name it. */
  path: string[];
  /** DOM id prefix, unique in the form. */
  idPrefix: string;
  errors: FieldError[];
  /** Overrides the field's own label (the value of a named row is labelled by its kind). */
  label?: string;
}

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

const VALUE_LABELS: Record<string, string> = { bedrag: 'Bedrag (€)', geheel: 'Aantal', getal: 'Waarde', 'ja-nee': 'Ja', keuze: 'Keuze', datum: 'Datum' };

/** The fields of a model (or of a group), each with its label, help text and error. */
export function FieldList({
  fields,
  value,
  onChange,
  path,
  idPrefix,
  errors,
}: Omit<FieldProps<Field, Draft>, 'field' | 'value' | 'onChange'> & {
  fields: Field[];
  value: Record<string, Draft>;
  onChange: (value: Record<string, Draft>) => void;
}) {
  return (
    <>
      {fields.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={value[field.key]}
          onChange={(v) => onChange({ ...value, [field.key]: v })}
          path={[...path, field.label]}
          idPrefix={`${idPrefix}-${field.key}`}
          errors={errors}
        />
      ))}
    </>
  );
}

function FieldInput(props: FieldProps<Field, Draft>) {
  const { field } = props;
  if (field.kind === 'per-naam') return <NamedInput {...props} field={field} value={props.value as NamedRow[]} />;
  if (field.kind === 'lijst') return <ListInput {...props} field={field} value={props.value as Draft[]} />;
  if (field.kind === 'groep')
    return (
      <fieldset className="field-group">
        <legend>{props.label ?? field.label}</legend>
        <FieldList
          fields={field.fields}
          value={props.value as Record<string, Draft>}
          onChange={props.onChange}
          path={props.path}
          idPrefix={props.idPrefix}
          errors={props.errors}
        />
      </fieldset>
    );
  return <ScalarInput {...props} field={field} value={props.value as string | boolean} />;
}

function ScalarInput({ field, value, onChange, path, idPrefix, errors, label }: FieldProps<ScalarField, string | boolean>) {
  const error = errors.find((e) => samePath(e.path, path));
  const helpId = `${idPrefix}-hulp`;
  const errorId = `${idPrefix}-fout`;
  const described = [field.description && !label ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const shownLabel = label ?? `${field.label}${field.kind === 'bedrag' ? ' (€)' : ''}${field.required ? '' : ' (optioneel)'}`;
  let control;
  if (field.kind === 'ja-nee')
    control = <input id={idPrefix} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} aria-describedby={described} />;
  else if (field.kind === 'keuze')
    control = (
      <select
        id={idPrefix}
        value={String(value)}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      >
        {!field.required && <option value="">{field.defaultValue !== undefined ? `standaard (${String(field.defaultValue)})` : 'geen'}</option>}
        {field.options?.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  else
    control = (
      <input
        id={idPrefix}
        type={field.kind === 'datum' ? 'date' : 'text'}
        inputMode={field.kind === 'datum' ? undefined : field.kind === 'geheel' ? 'numeric' : 'decimal'}
        value={String(value)}
        placeholder={field.defaultValue !== undefined ? `standaard ${String(field.defaultValue).replace('.', ',')}` : undefined}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
      />
    );
  return (
    <div className={`field field-${field.kind}`}>
      <label htmlFor={idPrefix}>{shownLabel}</label>
      {control}
      {field.description && !label && (
        <small id={helpId} className="field-help">
          {field.description}
        </small>
      )}
      {error && (
        <small id={errorId} className="field-error">
          {error.message}
        </small>
      )}
    </div>
  );
}

function ValueInput({ field, ...rest }: Omit<FieldProps<ValueField, Draft>, 'label'>) {
  if (field.kind === 'groep')
    return (
      <FieldList
        fields={field.fields}
        value={rest.value as Record<string, Draft>}
        onChange={rest.onChange}
        path={rest.path}
        idPrefix={rest.idPrefix}
        errors={rest.errors}
      />
    );
  return <ScalarInput {...rest} field={field} value={rest.value as string | boolean} label={VALUE_LABELS[field.kind]} />;
}

function RowsFieldset({
  field,
  errors,
  path,
  children,
  onAdd,
}: {
  field: Field;
  errors: FieldError[];
  path: string[];
  children: React.ReactNode;
  onAdd: () => void;
}) {
  const own = errors.find((e) => samePath(e.path, path));
  return (
    <fieldset className="field-rows">
      <legend>{field.label}</legend>
      {field.description && <small className="field-help">{field.description}</small>}
      {children}
      {own && <small className="field-error">{own.message}</small>}
      <button type="button" onClick={onAdd}>
        Regel toevoegen aan {field.label.toLowerCase()}
      </button>
    </fieldset>
  );
}

function NamedInput({ field, value, onChange, path, idPrefix, errors }: FieldProps<Extract<Field, { kind: 'per-naam' }>, NamedRow[]>) {
  const rows = value ?? [];
  const update = (i: number, row: NamedRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <RowsFieldset field={field} errors={errors} path={path} onAdd={() => onChange([...rows, { name: '', value: draftOf(field.value, undefined) }])}>
      {rows.map((row, i) => {
        const rowError = errors.find(
          (e) => samePath(e.path, [...path, `regel ${i + 1}`]) || (samePath(e.path, [...path, row.name.trim()]) && e.message.includes('twee keer')),
        );
        return (
          <div className="field-row" key={i}>
            <div className="field">
              <label htmlFor={`${idPrefix}-${i}-naam`}>Naam</label>
              <input
                id={`${idPrefix}-${i}-naam`}
                type="text"
                value={row.name}
                onChange={(e) => update(i, { ...row, name: e.target.value })}
                aria-invalid={rowError ? true : undefined}
              />
              {rowError && <small className="field-error">{rowError.message}</small>}
            </div>
            <ValueInput
              field={field.value}
              value={row.value}
              onChange={(v) => update(i, { ...row, value: v })}
              path={[...path, row.name.trim()]}
              idPrefix={`${idPrefix}-${i}`}
              errors={errors}
            />
            <button
              type="button"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={`Regel ${row.name || i + 1} verwijderen uit ${field.label.toLowerCase()}`}
            >
              Verwijderen
            </button>
          </div>
        );
      })}
    </RowsFieldset>
  );
}

function ListInput({ field, value, onChange, path, idPrefix, errors }: FieldProps<Extract<Field, { kind: 'lijst' }>, Draft[]>) {
  const items = value ?? [];
  return (
    <RowsFieldset field={field} errors={errors} path={path} onAdd={() => onChange([...items, draftOf(field.item, undefined)])}>
      {items.map((item, i) => (
        <div className="field-row" key={i}>
          <ValueInput
            field={field.item}
            value={item}
            onChange={(v) => onChange(items.map((x, j) => (j === i ? v : x)))}
            path={[...path, `regel ${i + 1}`]}
            idPrefix={`${idPrefix}-${i}`}
            errors={errors}
          />
          <button
            type="button"
            onClick={() => onChange(items.filter((_, j) => j !== i))}
            aria-label={`Regel ${i + 1} verwijderen uit ${field.label.toLowerCase()}`}
          >
            Verwijderen
          </button>
        </div>
      ))}
    </RowsFieldset>
  );
}
