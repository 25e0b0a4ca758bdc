// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TestRunProgressBar } from './test-run-progress';

afterEach(cleanup);

describe('TestRunProgressBar', () => {
  it('is a labelled progress element with "x van y casussen"', () => {
    render(<TestRunProgressBar label="Voortgang concept" progress={{ id: 'r', status: 'bezig', total: 12, done: 5, passed: 4, failed: 1 }} />);
    const bar = screen.getByLabelText('Voortgang concept') as HTMLProgressElement;
    expect(bar.tagName).toBe('PROGRESS');
    expect([bar.value, bar.max]).toEqual([5, 12]);
    expect(screen.getByRole('status').textContent).toBe('5 van 12 casussen (bezig; 4 geslaagd, 1 gefaald)');
  });
});
