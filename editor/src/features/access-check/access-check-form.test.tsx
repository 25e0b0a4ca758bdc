// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Region } from '../../../../engine/src/model';
import region from '../../../../rules/noord-limburg/region.json';
import { AccessCheckForm, type RuleSetChoice } from './access-check-form';
import { buildCase, emptyForm, type FieldErrors } from './build-case';
import type { AccessPolicy } from './policy-in-force';

afterEach(cleanup);

const rulesets: RuleSetChoice[] = [
  {
    id: 'noord-limburg/wmo/S1b',
    region: 'noord-limburg',
    domain: 'wmo',
    segment: 'S1b',
    title: 'Noord-Limburg Wmo S1b — volwassenen, kortdurende enkelvoudige ondersteuningsvraag',
    latestVersion: 1,
  },
  {
    id: 'noord-limburg/jeugd/S1',
    region: 'noord-limburg',
    domain: 'jeugd',
    segment: 'S1',
    title: 'Noord-Limburg Jeugd S1 — jeugdigen, licht',
    latestVersion: 1,
  },
];

/** The form as the page uses it: controlled state, submit builds the case (or shows the field errors). */
function Harness({ onCase, policy }: { onCase: (c: Record<string, unknown>) => void; policy?: AccessPolicy }) {
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
      policy={policy}
      gemeenteNaam="Horst aan de Maas"
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
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'noord-limburg/venlo' } });
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

  it('starts segment labels with the segment and offers only the result areas of its domain', () => {
    render(<Harness onCase={() => {}} />);
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'noord-limburg/venlo' } });
    const segment = screen.getByLabelText<HTMLSelectElement>('Segment');
    expect(Array.from(segment.options).map((o) => o.text)).toContain('S1b — volwassenen, kortdurende enkelvoudige ondersteuningsvraag');
    fireEvent.change(segment, { target: { value: 'noord-limburg/wmo/S1b' } });
    const areas = screen.getByRole('group', { name: 'Resultaatgebieden' });
    expect(within(areas).queryByLabelText('Opvoeding')).toBeNull();
    expect(within(areas).getByLabelText('Financiën')).toBeDefined();
    fireEvent.change(segment, { target: { value: 'noord-limburg/jeugd/S1' } });
    expect(within(screen.getByRole('group', { name: 'Resultaatgebieden' })).getByLabelText('Opvoeding')).toBeDefined();
  });

  it('makes the checkbox group one tab stop with arrow keys inside', () => {
    render(<Harness onCase={() => {}} />);
    const boxes = within(screen.getByRole('group', { name: 'Resultaatgebieden' })).getAllByRole('checkbox');
    expect(boxes.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    boxes[0].focus();
    fireEvent.keyDown(boxes[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(boxes[1]);
    expect(boxes.map((b) => b.tabIndex)).toEqual(boxes.map((_, i) => (i === 1 ? 0 : -1)));
    fireEvent.keyDown(boxes[1], { key: 'ArrowUp' });
    fireEvent.keyDown(boxes[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(boxes.at(-1));
  });

  it('shows who decides under the policy in force, naming the municipality of an override', () => {
    const decider = (beslisser: 'toegang' | 'aanbieder' | 'in-overleg', override = false) => ({ beslisser, override });
    const policy: AccessPolicy = {
      rulesetId: 'noord-limburg/wmo/S1b',
      version: 1,
      gemeente: 'horst-aan-de-maas',
      perceel: 'regionaal',
      wat: decider('toegang'),
      hoe: {
        'soort-hulp': decider('aanbieder'),
        product: decider('aanbieder'),
        intensiteit: decider('toegang', true),
        duur: decider('in-overleg'),
        aanbieder: decider('aanbieder'),
      },
    };
    render(<Harness onCase={() => {}} policy={policy} />);
    const legend = (name: RegExp) => screen.getByRole('group', { name }).querySelector('legend')?.textContent;
    expect(legend(/^Intensiteit vastgesteld door/)).toBe('Intensiteit vastgesteld door (volgens beleid: toegang — afwijking van Horst aan de Maas)');
    expect(legend(/^Duur vastgesteld door/)).toBe('Duur vastgesteld door (volgens beleid: in overleg)');
    expect(legend(/^WAT vastgesteld door/)).toBe('WAT vastgesteld door (volgens beleid: toegang)');
  });
});

describe('AccessCheckForm with a municipality in two regions', () => {
  it('keeps the region with the municipality, so the segments are that region’s', () => {
    const other: Region = { id: 'referentiemodellen', naam: 'Referentiemodellen (ter vergelijking)', gemeenten: [{ id: 'venlo', naam: 'Venlo' }], source: [] };
    function TwoRegions() {
      const [form, setForm] = useState(() => emptyForm('2022-03-14'));
      return (
        <AccessCheckForm
          form={form}
          onChange={setForm}
          errors={{}}
          regions={[region as Region, other]}
          rulesets={[
            ...rulesets,
            {
              id: 'referentiemodellen/wmo/venlo-model',
              region: 'referentiemodellen',
              domain: 'wmo',
              segment: 'venlo-model',
              title: 'Venlo-model',
              latestVersion: 1,
            },
          ]}
          percelen={[]}
          busy={false}
          onSubmit={() => {}}
        />
      );
    }
    render(<TwoRegions />);
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'referentiemodellen/venlo' } });
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>('Segment').options).map((o) => o.value);
    expect(options).toEqual(['', 'referentiemodellen/wmo/venlo-model']);
    fireEvent.change(screen.getByLabelText('Gemeente'), { target: { value: 'noord-limburg/venlo' } });
    expect(Array.from(screen.getByLabelText<HTMLSelectElement>('Segment').options).map((o) => o.value)).toContain('noord-limburg/wmo/S1b');
  });
});
