// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import s1b from '../../../../rules/noord-limburg/wmo/S1b/v1.json';
import type { VersionMeta } from '../ruleset-editor/workspace';
import { CompareView } from './compare-view';

afterEach(cleanup);

const versions: VersionMeta[] = [
  {
    version: 1,
    effectiveFrom: '2022-01-01',
    effectiveTo: null,
    changeNote: 'Eerste versie',
    contentHash: 'a',
    author: 'test',
    publishedAt: '2022-01-01T00:00:00Z',
  },
  {
    version: 2,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    changeNote: 'Bandbreedte',
    contentHash: 'b',
    author: 'test',
    publishedAt: '2024-01-01T00:00:00Z',
  },
];

function version2(): unknown {
  const doc = JSON.parse(JSON.stringify(s1b)) as {
    version: number;
    effectiveFrom: string;
    policy: { percelen: { regionaal: { bekostiging: Record<string, unknown> } } };
  };
  doc.version = 2;
  doc.effectiveFrom = '2024-01-01';
  const bekostiging = doc.policy.percelen.regionaal.bekostiging;
  delete bekostiging.voorschotten;
  Object.assign(bekostiging, { budget: 'budgetafspraak', bandbreedtePct: 5 });
  return doc;
}

describe('CompareView', () => {
  it('shows the semantic diff of two versions in Dutch, grouped, and the text diff passed in', () => {
    render(
      <CompareView
        versions={versions}
        from={{ kind: 'versie', version: 1 }}
        to={{ kind: 'versie', version: 2 }}
        onChoose={() => {}}
        fromDocument={s1b}
        toDocument={version2()}
        gemeenteNames={{}}
      >
        <pre>tekstdiff</pre>
      </CompareView>,
    );
    const semantic = screen.getByRole('region', { name: 'Inhoudelijke verschillen' });
    expect(within(semantic).getByRole('heading', { level: 3 }).textContent).toContain('Versie 1 (geldig vanaf 1 januari 2022) → Versie 2');
    const policy = within(semantic).getByRole('region', { name: 'Regionaal beleid' });
    expect(within(policy).getByRole('listitem').textContent).toBe(
      'S1b regionaal — bekostiging: budgetplafond per aanbieder (geen voorschotten, daarboven niet vergoed) → budgetafspraak met afrekening, bandbreedte 5 %',
    );
    expect(within(semantic).getByText('Ingangsdatum 01-01-2022 → 01-01-2024')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Tekstverschillen' })).getByText('tekstdiff')).toBeTruthy();
  });

  it('lets the user choose the unsaved text as a side, and swap the sides', () => {
    const onChoose = vi.fn();
    render(
      <CompareView
        versions={versions}
        from={{ kind: 'versie', version: 1 }}
        to={{ kind: 'versie', version: 2 }}
        onChoose={onChoose}
        fromDocument={s1b}
        toDocument={s1b}
        gemeenteNames={{}}
      />,
    );
    expect(screen.getByText('Geen inhoudelijke verschillen.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nieuw (rechts)'), { target: { value: 'concept' } });
    expect(onChoose).toHaveBeenLastCalledWith({ kind: 'versie', version: 1 }, { kind: 'concept' });
    fireEvent.click(screen.getByRole('button', { name: 'Omwisselen' }));
    expect(onChoose).toHaveBeenLastCalledWith({ kind: 'versie', version: 2 }, { kind: 'versie', version: 1 });
  });

  it('names the problem instead of a diff when a side cannot be read', () => {
    render(
      <CompareView
        versions={versions}
        from={{ kind: 'versie', version: 2 }}
        to={{ kind: 'concept' }}
        onChoose={() => {}}
        fromDocument={s1b}
        toDocument={null}
        problem="De tekst in de editor is geen geldige JSON; alleen de tekstverschillen zijn te zien."
        gemeenteNames={{}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('geen geldige JSON');
    expect(screen.queryByRole('region', { name: 'Regionaal beleid' })).toBeNull();
  });
});

describe('CompareView against a reference policy', () => {
  it('offers the reference policies as a side and words the differences with the Venlo model in Dutch', async () => {
    const venlo = (await import('../../../../rules/referentiemodellen/wmo/venlo-model/v1.json')).default;
    const onChoose = vi.fn();
    render(
      <CompareView
        versions={versions}
        from={{ kind: 'versie', version: 1 }}
        to={{ kind: 'referentie', rulesetId: 'referentiemodellen/wmo/venlo-model' }}
        onChoose={onChoose}
        fromDocument={s1b}
        toDocument={venlo}
        gemeenteNames={{}}
        references={[{ rulesetId: 'referentiemodellen/wmo/venlo-model', title: 'Referentie — het Venlo-model' }]}
      />,
    );
    expect(screen.getByRole('heading', { name: /Versie 1 .* → Referentiebeleid: Referentie — het Venlo-model/ })).toBeTruthy();
    const list = within(screen.getByRole('region', { name: 'Inhoudelijke verschillen' }));
    expect(list.getByText('Basiseenheid: traject → lumpsum')).toBeTruthy();
    const left = screen.getByLabelText('Oud (links)') as HTMLSelectElement;
    expect(Array.from(left.options, (o) => o.textContent)).toContain('Referentiebeleid: Referentie — het Venlo-model');
    fireEvent.change(left, { target: { value: 'ref:referentiemodellen/wmo/venlo-model' } });
    expect(onChoose).toHaveBeenCalledWith({ kind: 'referentie', rulesetId: 'referentiemodellen/wmo/venlo-model' }, expect.anything());
  });
});
