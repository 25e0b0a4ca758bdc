// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInForm } from './sign-in-form';

afterEach(cleanup);

describe('SignInForm', () => {
  it('has a labelled token field and signs in with the trimmed token', () => {
    const onSignIn = vi.fn();
    render(<SignInForm onSignIn={onSignIn} />);
    fireEvent.change(screen.getByLabelText('Token'), { target: { value: '  geheim  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(onSignIn).toHaveBeenCalledWith('geheim');
  });

  it('shows the error as an alert', () => {
    render(<SignInForm onSignIn={() => {}} error="Dit token is onbekend of ingetrokken." />);
    expect(screen.getByRole('alert').textContent).toBe('Dit token is onbekend of ingetrokken.');
  });
});
