/** Sign-in with a token (the server prints a link with #token=…; the form is for pasting one). */
import { useState, type FormEvent } from 'react';

export interface SignInFormProps {
  error?: string;
  onSignIn: (token: string) => void;
}

export function SignInForm({ error, onSignIn }: SignInFormProps) {
  const [token, setToken] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token.trim()) onSignIn(token.trim());
  };
  return (
    <form className="sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Aanmelden bij Sturing</h1>
      <p>Gebruik de aanmeldlink die de server toont, of plak hier uw token.</p>
      <label htmlFor="token">Token</label>
      <input id="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">Aanmelden</button>
    </form>
  );
}
