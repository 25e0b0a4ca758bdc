// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SuiteCaseReview, type ChangedSuiteCase } from './suite-case-review';

afterEach(cleanup);

const changed: ChangedSuiteCase = {
  suiteId: 's1b',
  index: 3,
  name: 'Intensiteit door aanbieder',
  expected: { findings: ['HOE_BIJ_AANBIEDER'] },
  actual: { findings: [], info: [], missing: [] },
  missing: ['HOE_BIJ_AANBIEDER'],
  unexpected: [],
  beoordeling: null,
};

describe('SuiteCaseReview', () => {
  it('requires a note, naming the field, before judging', async () => {
    const onReview = vi.fn(async () => {});
    render(<SuiteCaseReview changed={changed} onReview={onReview} />);
    fireEvent.click(screen.getByRole('button', { name: 'Beoogd' }));
    expect(screen.getByRole('alert').textContent).toBe('Toelichting: verplicht, minstens 3 tekens.');
    expect(onReview).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Toelichting bij het oordeel over “Intensiteit door aanbieder”/), {
      target: { value: ' Toegang stelt nu de intensiteit vast ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Regressie' }));
    await waitFor(() => expect(onReview).toHaveBeenCalledWith('regressie', 'Toegang stelt nu de intensiteit vast'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the server refusal in Dutch', async () => {
    render(<SuiteCaseReview changed={changed} onReview={() => Promise.reject(new Error('Concept gewijzigd: laad opnieuw'))} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Bedoeld' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beoogd' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Concept gewijzigd: laad opnieuw'));
  });
});
