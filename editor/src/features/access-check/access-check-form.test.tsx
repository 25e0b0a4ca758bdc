// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Region } from '../../../../engine/src/model';
import region from '../../../../rules/noord-limburg/region.json';
import { AccessCheckForm, type RuleSetChoice } from './access-check-form';
import { buildCase, emptyForm, type FieldErrors } from './build-case';

afterEach(cleanup);

const rulesets: RuleSetChoice[] = [
  { id: 'noord-limburg/wmo/S1b', region: 'noord-limburg', domain: 'wmo', segment: 'S1b', title: 'Noord-Limburg Wmo S1b', latestVersion: 1 },
];

/** The form as the page uses it: controlled state, submit builds the case (or shows the field errors). */
function Harness({ onCase }: { onCase: (c: Record<string, unknown>) => void }) {
  const [form, setForm] = useState(() => emptyForm('2022-03-14'));
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <AccessCheckForm
      form={form}
      onChange={setForm}
      errors={errors}
      regions={[region as Region]}
      rulesets={rulesets}
      percelen={form.rulesetId ? ['regionaal', 'lokaal'] : []}
      busy={false}
      onSubmit={() => {
        const built = buildCase(form);
        setErrors(built.errors);
        if (Object.keys(built.errors).length === 0) onCase(built.caseData);
      }}
    />
  );
}

describe('AccessCheckForm', () => {
  it('labels every field', () => {
    const { container } = render(<Harness onCase={() => {}} />);
    const fields = Array.from(container.querySelectorAll<HTMLInputElement>('input, select, textarea'));
    expect(fields.length).toBeGreaterThan(30);
    for (const field of fields) expect(field.labels?.length ?? 0, field.id || field.name).toBeGreaterThan(0);
    for (const name of [
      'Gemeente',
      'Segment',
      'Perceel',
      'Besluitdatum',
      'Leeftijd (jaren)',
      'Hulpvraag',
      'Doelen (één per regel)',
      'Intensiteit: vastgestelde waarde',
    ]) {
      expect(screen.getByLabelText(name)).toBeDefined();
    }
  });

  it('builds the case the rules need on submit', () => {
    const cases: Record<string, unknown>[] = [];
    const { container } = render(<Harness onCase={(c) => cases.push(c)} />);
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'venlo' } });
    fireEvent.change(screen.getByLabelText('Segment'), { target: { value: 'noord-limburg/wmo/S1b' } });
    fireEvent.change(screen.getByLabelText('Perceel'), { target: { value: 'regionaal' } });
    fireEvent.change(screen.getByLabelText('Leeftijd (jaren)'), { target: { value: '46' } });
    fireEvent.change(screen.getByLabelText('Hulpvraag'), { target: { value: 'enkelvoudig' } });
    fireEvent.change(screen.getByLabelText('Doelen (één per regel)'), { target: { value: 'Eigen administratie\n\n' } });
    fireEvent.click(screen.getByLabelText('Financiën'));
    fireEvent.change(screen.getByLabelText('Intensiteit: vastgestelde waarde'), { target: { value: '3 uur per week' } });
    const intensityBy = screen.getByRole('group', { name: 'Intensiteit vastgesteld door' });
    fireEvent.click(within(intensityBy).getByLabelText('toegang'));
    // jsdom does not implement implicit submission on Enter; the browser e2e presses Enter, here the form's submit event stands in.
    fireEvent.submit(container.querySelector('form')!);
    expect(cases).toEqual([
      {
        id: 'TOEGANGSCHECK-2022-03-14',
        gemeente: 'venlo',
        domein: 'wmo',
        segment: 'S1b',
        perceel: 'regionaal',
        datum: '2022-03-14',
        client: { leeftijd: 46, hulpvraag: 'enkelvoudig' },
        besluit: {
          wat: { doelen: ['Eigen administratie'], resultaatgebieden: ['financien'], vastgesteldDoor: 'toegang' },
          hoe: { intensiteit: { waarde: '3 uur per week', vastgesteldDoor: 'toegang' } },
        },
      },
    ]);
  });

  it('names the field in a Dutch error and links it with aria-describedby', () => {
    render(<Harness onCase={() => {}} />);
    fireEvent.change(screen.getByLabelText('Leeftijd (jaren)'), { target: { value: 'veertig' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Duur vastgesteld door' })).getByLabelText('toegang'));
    fireEvent.submit(screen.getByLabelText('Gemeente').closest('form')!);
    const age = screen.getByLabelText('Leeftijd (jaren)');
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(age.getAttribute('aria-describedby')!)?.textContent).toBe('Leeftijd: vul een heel getal van 0 tot en met 130 in.');
    const duur = screen.getByLabelText('Duur: vastgestelde waarde');
    expect(document.getElementById(duur.getAttribute('aria-describedby')!)?.textContent).toBe("Duur: vul de vastgestelde waarde in, of kies 'open'.");
    expect(screen.getByLabelText('Gemeente').getAttribute('aria-invalid')).toBe('true');
  });
});
