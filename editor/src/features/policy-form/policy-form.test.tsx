// @vitest-environment jsdom
// The policy form on a real Monaco text model, bound as the rule-set page binds it: form edits go into the model's
// undo stack, the form's own undo and redo (buttons, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) walk that same stack.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { editor } from 'monaco-editor';
import { StrictMode, useEffect, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Region } from '../../../../engine/src/model';
import s1b from '../../../../rules/noord-limburg/wmo/S1b/v1.json';
import region from '../../../../rules/noord-limburg/region.json';
import { useModelHistory } from '../ruleset-editor/model-history';
import { PolicyForm } from './policy-form';

type Monaco = typeof import('monaco-editor');
let monaco: Monaco;
const asText = (document: unknown): string => JSON.stringify(document, null, 2) + '\n';

beforeAll(async () => {
  // jsdom lacks CSS.escape, which Monaco's theme service uses while it starts.
  const css = ((globalThis as { CSS?: Record<string, unknown> }).CSS ??= {});
  css.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
  monaco = (await import('monaco-editor/editor/editor.api')) as unknown as Monaco;
}, 60_000);

let model: editor.ITextModel;
afterEach(() => {
  cleanup();
  model?.dispose();
});

/** The page's binding: the document is the model's text; form edits are applied to the model as undoable steps. */
function Page({ textModel }: { textModel: editor.ITextModel }) {
  const [text, setText] = useState(() => textModel.getValue());
  useEffect(() => {
    const subscription = textModel.onDidChangeContent(() => setText(textModel.getValue()));
    return () => subscription.dispose();
  }, [textModel]);
  const history = useModelHistory(textModel);
  return (
    <PolicyForm
      document={JSON.parse(text)}
      readOnly={false}
      region={region as Region}
      history={history}
      onChange={(next, group) => history?.apply(asText(next), group)}
    />
  );
}

function start(): void {
  model = monaco.editor.createModel(asText(s1b), 'json', monaco.Uri.parse(`sturing://test/${Math.random()}.json`));
  // Under StrictMode, as the app runs: effects mount twice.
  render(
    <StrictMode>
      <Page textModel={model} />
    </StrictMode>,
  );
}

const funding = () => within(document.querySelector('fieldset[data-element="bekostiging"]') as HTMLElement);
const regional = () => JSON.parse(model.getValue()).policy.percelen.regionaal.bekostiging;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
/** A key press on `target`; returns whether the form took it (prevented the browser's default). */
const press = (target: Element, key: string, modifiers: { shiftKey?: boolean } = {}): boolean =>
  !fireEvent.keyDown(target, { key, ctrlKey: true, ...modifiers });

describe('PolicyForm undo and redo through the text model', () => {
  it('undoes and redoes a form choice from its buttons and from the keyboard, and shows the state at once', async () => {
    start();
    expect(button('Ongedaan maken').disabled).toBe(true);
    const conversion = funding().getByLabelText('Omzetting van trajecten naar plekken') as HTMLSelectElement;
    fireEvent.change(conversion, { target: { value: 'ja' } });
    expect(regional().omzettingNaarPlekken).toBe(true);
    await act(async () => {});
    expect(button('Ongedaan maken').disabled).toBe(false);

    act(() => button('Ongedaan maken').click());
    expect(regional().omzettingNaarPlekken).toBeUndefined();
    expect(conversion.value).toBe('');
    await act(async () => {});
    expect(button('Opnieuw').disabled).toBe(false);
    act(() => button('Opnieuw').click());
    expect(conversion.value).toBe('ja');

    // Ctrl+Z on the select itself (a select has no undo of its own), then Ctrl+Shift+Z and Ctrl+Y.
    let taken = false;
    act(() => void (taken = press(conversion, 'z')));
    expect(taken).toBe(true);
    expect(conversion.value).toBe('');
    act(() => void press(conversion, 'Z', { shiftKey: true }));
    expect(conversion.value).toBe('ja');
    act(() => void press(conversion, 'z'));
    act(() => void press(conversion, 'y'));
    expect(regional().omzettingNaarPlekken).toBe(true);
  });

  it('leaves Ctrl+Z to a text field while it is typed in; after the field is left, one undo takes the whole entry back', () => {
    start();
    const signal = funding().getByLabelText('Signalering bij benutting (%)') as HTMLInputElement;
    act(() => signal.focus());
    for (const typed of ['8', '85', '85,5']) fireEvent.input(signal, { target: { value: typed } });
    expect(regional().signaleringPct).toBe(85.5);
    // While typing, the field's own undo is used (the browser's), not the form's.
    expect(press(signal, 'z')).toBe(false);
    expect(regional().signaleringPct).toBe(85.5);
    act(() => signal.blur());
    expect(press(signal, 'z')).toBe(true);
    expect(regional().signaleringPct).toBe(90);
    expect(signal.value).toBe('90');
    expect(model.canUndo()).toBe(false);
  });

  it('takes a choice changed several times without leaving it (type-ahead, arrow keys) back in one step', () => {
    start();
    const budget = funding().getByLabelText('Budgetsturing') as HTMLSelectElement;
    act(() => budget.focus());
    fireEvent.change(budget, { target: { value: 'geen' } });
    fireEvent.change(budget, { target: { value: 'budgetafspraak' } });
    // The question about fields that no longer apply is answered: leaving them changes nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Velden laten staan' }));
    expect(regional().budget).toBe('budgetafspraak');
    act(() => budget.focus());
    expect(press(budget, 'z')).toBe(true);
    expect(budget.value).toBe('budgetplafond');
    expect(model.canUndo()).toBe(false);
  });

  it('undoes an edit made in the JSON view from the form, and a form edit from the JSON view', () => {
    start();
    // An edit in the JSON view: Monaco writes it to the model as a step of its own.
    const offset = model.getValue().indexOf('"signaleringPct": 90') + '"signaleringPct": '.length;
    const from = model.getPositionAt(offset);
    act(() => {
      model.pushStackElement();
      model.pushEditOperations([], [{ range: new monaco.Range(from.lineNumber, from.column, from.lineNumber, from.column + 2), text: '75' }], () => null);
      model.pushStackElement();
    });
    const signal = funding().getByLabelText('Signalering bij benutting (%)') as HTMLInputElement;
    expect(signal.value).toBe('75');
    act(() => button('Ongedaan maken').click());
    expect(signal.value).toBe('90');

    // And the other way round: a form edit undone where Monaco's Ctrl+Z goes (the model's undo).
    fireEvent.change(funding().getByLabelText('Voorschotten'), { target: { value: 'ja' } });
    expect(regional().voorschotten).toBe(true);
    act(() => void model.undo());
    expect((funding().getByLabelText('Voorschotten') as HTMLSelectElement).value).toBe('nee');
  });
});

describe('PolicyForm text fields', () => {
  it('writes a list typed with commas and a description as typed; an emptied optional field leaves the policy', () => {
    start();
    const supplier = within(document.querySelector('fieldset[data-element="leveranciersmanagement"]') as HTMLElement);
    const indicators = supplier.getByLabelText('Indicatoren (gescheiden door komma’s)') as HTMLInputElement;
    expect(indicators.value).toBe('uitval, clientervaring, doelrealisatie');
    fireEvent.input(indicators, { target: { value: 'uitval,  doelrealisatie , ' } });
    const lm = () => JSON.parse(model.getValue()).policy.percelen.regionaal.leveranciersmanagement;
    expect(lm().indicatoren).toEqual(['uitval', 'doelrealisatie']);
    fireEvent.input(indicators, { target: { value: '' } });
    expect('indicatoren' in lm()).toBe(false);
    const description = supplier.getByLabelText('Omschrijving in gewone taal') as HTMLTextAreaElement;
    expect(description.tagName).toBe('TEXTAREA');
    fireEvent.input(description, { target: { value: 'Nieuwe omschrijving.' } });
    expect(lm().omschrijving).toBe('Nieuwe omschrijving.');
    // A required choice offers no empty option once it has a value.
    const level = supplier.getByLabelText(/^Niveau/) as HTMLSelectElement;
    expect(Array.from(level.options, (o) => o.value)).not.toContain('');
  });
});

describe('PolicyForm: "Gemeentelijke afwijking toevoegen" for a municipality that already has one', () => {
  it('opens the existing override in the form, writes only the changed value into it, keeps its entries and asks for an explanation and a source', () => {
    start();
    const venloBefore = JSON.parse(model.getValue()).overrides.venlo;
    fireEvent.click(button('Gemeentelijke afwijking toevoegen'));
    const picker = screen.getByLabelText('Gemeente') as HTMLSelectElement;
    expect(within(picker).getByRole('option', { name: 'Venlo (heeft al een afwijking)' })).toBeTruthy();
    fireEvent.change(picker, { target: { value: 'venlo' } });
    fireEvent.click(button('Bestaande afwijking aanvullen'));

    const variant = within(screen.getByRole('group', { name: 'Afwijking van Venlo' }));
    // The form shows Venlo's values: its plekken, not the region's trajecten.
    expect((funding().getByLabelText(/^Bekostigingsvorm/) as HTMLSelectElement).value).toBe('plek');
    // Fields Venlo changes carry the "afwijking" badge, numbers too; the others do not.
    expect(
      funding()
        .getByLabelText(/^Bekostigingsvorm/)
        .closest('.field')
        ?.querySelector('.badge'),
    ).toBeTruthy();
    expect((funding().getByLabelText(/^Bandbreedte \(%\)/) as HTMLInputElement).value).toBe('0');
    expect(
      funding()
        .getByLabelText(/^Bandbreedte \(%\)/)
        .closest('.field')
        ?.querySelector('.badge')?.textContent,
    ).toBe(' afwijking');
    expect(
      funding()
        .getByLabelText(/^Voorschotten/)
        .closest('.field')
        ?.querySelector('.badge'),
    ).toBeTruthy();
    const supplier = document.querySelector('fieldset[data-element="leveranciersmanagement"]') as HTMLElement;
    expect(supplier.querySelector('.badge')).toBeNull();
    expect((variant.getByLabelText('Toelichting (verplicht)') as HTMLTextAreaElement).value).toBe(venloBefore.description);
    expect((variant.getByLabelText('Bron 1: document (verplicht)') as HTMLSelectElement).value).toBe(venloBefore.source[0].document);
    expect((variant.getByLabelText('Bron 2: passage (verplicht)') as HTMLInputElement).value).toBe('');
    expect(variant.getByText('Vul de toelichting aan met wat u aan de afwijking van Venlo toevoegt, en geef de bron daarvan.')).toBeTruthy();

    // Venlo's access team also sets the duration: only that value goes into Venlo's override.
    const access = within(document.querySelector('fieldset[data-element="toegang"]') as HTMLElement);
    fireEvent.change(access.getByLabelText(/^Wie bepaalt het HOE/), { target: { value: 'deels-toegang' } });
    fireEvent.click(within(access.getByRole('group', { name: /^HOE-elementen die de toegang vaststelt/ })).getByLabelText('Duur'));
    const venlo = JSON.parse(model.getValue()).overrides.venlo;
    expect(venlo.policy.percelen.regionaal.toegang).toEqual({ hoe: 'deels-toegang', hoeElementenToegang: ['duur'] });
    expect(venlo.policy.percelen.regionaal.bekostiging).toEqual(venloBefore.policy.percelen.regionaal.bekostiging);
    expect(venlo.policy.percelen.lokaal).toBeUndefined();
    expect(venlo.source[0]).toEqual(venloBefore.source[0]);
    expect(variant.getByText('Een afwijking heeft een toelichting en een bron (document en passage) nodig.')).toBeTruthy();

    fireEvent.input(variant.getByLabelText('Toelichting (verplicht)'), { target: { value: `${venloBefore.description} De toegang stelt ook de duur vast.` } });
    fireEvent.change(variant.getByLabelText('Bron 2: document (verplicht)'), { target: { value: venloBefore.source[0].document } });
    fireEvent.input(variant.getByLabelText('Bron 2: passage (verplicht)'), { target: { value: 'Toegang bepaalt WAT (fictieve passage).' } });
    expect(variant.queryByText(/Vul de toelichting aan/)).toBeNull();
    expect(variant.queryByText(/Een afwijking heeft een toelichting/)).toBeNull();
    expect(JSON.parse(model.getValue()).overrides.venlo.source).toHaveLength(2);
  });

  it('still adds a new, empty override for a municipality without one', () => {
    start();
    fireEvent.click(button('Gemeentelijke afwijking toevoegen'));
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'beesel' } });
    fireEvent.click(button('Afwijking toevoegen'));
    expect(JSON.parse(model.getValue()).overrides.beesel).toEqual({ description: '', source: [], policy: {} });
    expect(screen.getByRole('group', { name: 'Afwijking van Beesel' })).toBeTruthy();
    expect((screen.getByLabelText('Bron: passage (verplicht)') as HTMLInputElement).value).toBe('');
  });
});
