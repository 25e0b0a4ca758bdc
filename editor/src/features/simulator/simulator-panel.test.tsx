// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Region } from '../../../../engine/src/model';
import region from '../../../../rules/noord-limburg/region.json';
import ruleSet from '../../../../rules/noord-limburg/wmo/S1b/v1.json';
import suite from '../../../../test/regression/noord-limburg/wmo-S1b.json';
import { ApiClient } from '../../api/client';
import { SHARED_RULES } from '../ruleset-editor/shared-rules';
import type { RulesetWorkspace } from '../ruleset-editor/workspace';
import { SimulatorPanel } from './simulator-panel';

afterEach(cleanup);

const ruleSetText = JSON.stringify(ruleSet, null, 2);

/** The suites answer the server gives for S1b (the same file it is seeded from), through the real ApiClient. */
const client = new ApiClient('token', (input) =>
  Promise.resolve(
    String(input) === '/api/rulesets/noord-limburg/wmo/S1b/suites'
      ? new Response(JSON.stringify({ suites: [{ id: 'wmo-S1b', suite }] }), { status: 200 })
      : new Response('{"title":"Niet gevonden"}', { status: 404 }),
  ),
);

function workspace(text: string, dirty = false): RulesetWorkspace {
  return {
    client,
    me: { name: 'Test', role: 'beleidsmedewerker' } as RulesetWorkspace['me'],
    rulesetId: 'noord-limburg/wmo/S1b',
    info: { id: 'noord-limburg/wmo/S1b', title: 'S1b', latestVersion: 1, versions: [], drafts: [] },
    text,
    document: undefined,
    region: region as Region,
    sharedRules: SHARED_RULES,
    draft: undefined,
    saveDraft: () => Promise.resolve(undefined),
    dirty,
    readOnly: false,
    openDraft: () => Promise.resolve(),
    discardDraft: () => Promise.resolve(),
  };
}

async function chooseIntensityExample(): Promise<void> {
  const picker = screen.getByLabelText('Voorbeeldcasus (uit de regressietests)');
  await waitFor(() => expect(within(picker).getAllByRole('option').length).toBeGreaterThan(2));
  const option = within(picker).getByRole<HTMLOptionElement>('option', { name: 'Toegang stelt de intensiteit vast → HOE_BIJ_AANBIEDER' });
  fireEvent.change(picker, { target: { value: option.value } });
}

describe('SimulatorPanel', () => {
  it('explains HOE_BIJ_AANBIEDER condition by condition with fact, operator, expected and actual value', async () => {
    render(<SimulatorPanel workspace={workspace(ruleSetText)} />);
    await chooseIntensityExample();
    const finding = (await screen.findByText('HOE_BIJ_AANBIEDER')).closest('li')!;
    expect(finding.textContent).toContain("De toegang heeft 'intensiteit' vastgesteld");
    expect(finding.textContent).toContain('Advies:');
    const conditions = within(finding)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('condition'));
    expect(conditions.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/hoeBeslisser\.intensiteit.*is gelijk aan “aanbieder”; werkelijke waarde: “aanbieder” — voldaan/),
      expect.stringMatching(/casus\.besluit\.hoe\.intensiteit\.vastgesteldDoor.*is gelijk aan “toegang”; werkelijke waarde: “toegang” — voldaan/),
    ]);
    expect(screen.getByText('sha256:', { exact: false }).textContent).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('re-runs on the unsaved rule-set text and names invalid JSON in Dutch', async () => {
    const { rerender } = render(<SimulatorPanel workspace={workspace(ruleSetText)} />);
    await chooseIntensityExample();
    await screen.findByText('HOE_BIJ_AANBIEDER');
    rerender(<SimulatorPanel workspace={workspace(ruleSetText.replaceAll('"hoe": "aanbieder"', '"hoe": "toegang"'))} />);
    await waitFor(() => expect(screen.queryByText('HOE_BIJ_AANBIEDER')).toBeNull());
    // With HOE at the access team, the open HOE elements other than intensity are now missing from the decision.
    expect(screen.getAllByText('HOE_ONTBREEKT').length).toBeGreaterThan(0);
    rerender(<SimulatorPanel workspace={workspace(ruleSetText.replace('"version": 1,', '"version": 1'))} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Probleem in de regelset: De regelset in de editor is geen geldige JSON \(regel \d+, kolom \d+\)\.$/,
    );
  });

  it('names unsaved text in the receipt as "concept (niet opgeslagen)", and a version not in force on the as-of date as such', async () => {
    const { rerender } = render(<SimulatorPanel workspace={workspace(ruleSetText, true)} />);
    await chooseIntensityExample();
    const receipt = async () => (await screen.findByRole('region', { name: 'Verantwoording' })).textContent ?? '';
    await waitFor(async () => expect(await receipt()).toContain('concept (niet opgeslagen), geldig vanaf'));
    expect(await receipt()).not.toContain('niet van kracht');
    rerender(<SimulatorPanel workspace={workspace(ruleSetText.replace('"effectiveFrom": "2022-01-01"', '"effectiveFrom": "2031-01-01"'), false)} />);
    await waitFor(async () => expect(await receipt()).toContain('niet van kracht op de peildatum (geldt pas vanaf 1 januari 2031)'));
    expect(await receipt()).toMatch(/Versie1, geldig vanaf/);
  });

  it('shows the example as a form (the JSON on its own tab); a form edit re-runs the case', async () => {
    render(<SimulatorPanel workspace={workspace(ruleSetText)} />);
    await chooseIntensityExample();
    await screen.findByText('HOE_BIJ_AANBIEDER');
    const form = screen.getByRole('group', { name: 'Casus als formulier' });
    expect(within(form).getByLabelText<HTMLSelectElement>('Gemeente').value).not.toBe('');
    expect(screen.queryByLabelText('Casus (JSON volgens het casusschema)')).toBeNull();
    // The access team no longer sets the intensity: HOE_BIJ_AANBIEDER goes.
    const intensity = within(form)
      .getAllByRole('radio')
      .filter((r) => (r as HTMLInputElement).name.includes('intensiteit') && (r as HTMLInputElement).value === 'open');
    if (intensity.length > 0) fireEvent.click(intensity[0]);
    else {
      const select = within(form)
        .getAllByRole('combobox')
        .find((s) => s.id.includes('intensiteit'));
      fireEvent.change(select!, { target: { value: 'open' } });
    }
    await waitFor(() => expect(screen.queryByText('HOE_BIJ_AANBIEDER')).toBeNull());
    fireEvent.click(screen.getByLabelText('JSON'));
    expect((screen.getByLabelText('Casus (JSON volgens het casusschema)') as HTMLTextAreaElement).value).not.toContain('"intensiteit"');
  });

  it('lists an absent case fact as missing, with the rule it left undecided', async () => {
    render(<SimulatorPanel workspace={workspace(ruleSetText)} />);
    await chooseIntensityExample();
    await screen.findByText('HOE_BIJ_AANBIEDER');
    fireEvent.click(screen.getByLabelText('JSON'));
    const textarea = screen.getByLabelText('Casus (JSON volgens het casusschema)');
    const caseData = JSON.parse((textarea as HTMLTextAreaElement).value) as Record<string, unknown>;
    fireEvent.change(textarea, { target: { value: JSON.stringify({ ...caseData, besluit: { wat: { doelen: ['Eigen administratie'] }, hoe: {} } }) } });
    const missing = await screen.findByRole('region', { name: 'Ontbrekende gegevens' });
    await waitFor(() => expect(missing.textContent).toContain('casus.besluit.indicatie.tot'));
    expect(missing.textContent).toContain('nodig voor toegang/indicatie-onbepaalde-tijd');
  });
});
