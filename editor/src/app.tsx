/** The Sturing editor shell: sign-in, role, hash routing; the rule-set editor (Monaco) is a lazy chunk so the home page never loads it. */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ApiClient, ApiProblemError } from './api/client';
import { HomePage } from './features/home/home-page';
import { SignInForm } from './features/sign-in/sign-in-form';
import type { Me } from './roles';
import { parseRoute, type Route } from './route';
import { storedToken, storeToken, takeTokenFromFragment } from './session';

const RulesetEditorPage = lazy(() => import('./features/ruleset-editor/ruleset-editor-page'));
const AccessCheckPage = lazy(() => import('./features/access-check/access-check-page'));
const FundingPage = lazy(() => import('./features/funding/funding-page'));
const OutcomesPage = lazy(() => import('./features/outcomes/outcomes-page'));
const MessagesPage = lazy(() => import('./features/messages/messages-page'));

const ROLE_NAMES: Record<string, string> = {
  lezer: 'lezer',
  beleidsmedewerker: 'beleidsmedewerker',
  vaststeller: 'vaststeller',
  tester: 'tester',
  beheerder: 'beheerder',
};

export function App() {
  const [token, setToken] = useState<string | undefined>(
    () => takeTokenFromFragment(window.location, window.history, window.sessionStorage) ?? storedToken(window.sessionStorage),
  );
  const [me, setMe] = useState<Me>();
  const [signInError, setSignInError] = useState<string>();
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const client = useMemo(() => (token ? new ApiClient(token) : undefined), [token]);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!client) return;
    client
      .get<Me>('/api/me')
      .then(setMe)
      .catch((e: unknown) => {
        storeToken(window.sessionStorage, undefined);
        setToken(undefined);
        setSignInError(e instanceof ApiProblemError && e.status === 401 ? 'Dit token is onbekend of ingetrokken.' : String(e));
      });
  }, [client]);

  if (!client) {
    return (
      <main>
        <SignInForm
          error={signInError}
          onSignIn={(t) => {
            storeToken(window.sessionStorage, t);
            setSignInError(undefined);
            setToken(t);
          }}
        />
      </main>
    );
  }
  if (!me) return <main>Aanmelden…</main>;

  return (
    <>
      {/* Skip link (WCAG 2.4.1): hash routing owns the fragment, so it focuses the page's main element instead of navigating. */}
      <a
        href="#/"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          const main = document.querySelector('main');
          if (main) {
            main.tabIndex = -1;
            main.focus();
          }
        }}
      >
        Naar de inhoud
      </a>
      <header className="app-header">
        <a href="#/" className="brand">
          Sturing
        </a>
        <nav aria-label="Hoofdmenu">
          <a href="#/" aria-current={route.name === 'home' ? 'page' : undefined}>
            Segmentmatrix
          </a>
          <a href="#/toegangscheck" aria-current={route.name === 'access-check' ? 'page' : undefined}>
            Toegangscheck
          </a>
          <a href="#/bekostiging" aria-current={route.name === 'funding' ? 'page' : undefined}>
            Bekostiging
          </a>
          <a href="#/resultaten" aria-current={route.name === 'outcomes' ? 'page' : undefined}>
            Resultaten
          </a>
          <a href="#/berichten" aria-current={route.name === 'messages' ? 'page' : undefined}>
            Berichten toetsen
          </a>
        </nav>
        <span className="user">
          {me.name} ({ROLE_NAMES[me.role] ?? me.role})
        </span>
        <button
          type="button"
          onClick={() => {
            storeToken(window.sessionStorage, undefined);
            setMe(undefined);
            setToken(undefined);
          }}
        >
          Afmelden
        </button>
      </header>
      {route.name === 'home' && <HomePage client={client} today={new Date().toISOString().slice(0, 10)} />}
      {route.name === 'ruleset' && (
        <Suspense fallback={<main>Editor laden…</main>}>
          <RulesetEditorPage key={route.rulesetId} client={client} me={me} rulesetId={route.rulesetId} tab={route.tab} />
        </Suspense>
      )}
      {route.name === 'access-check' && (
        <Suspense fallback={<main>Toegangscheck laden…</main>}>
          <AccessCheckPage client={client} />
        </Suspense>
      )}
      {route.name === 'messages' && (
        <Suspense fallback={<main>Berichten toetsen laden…</main>}>
          <MessagesPage client={client} />
        </Suspense>
      )}
      {route.name === 'funding' && (
        <Suspense fallback={<main>Rekenhulp laden…</main>}>
          <FundingPage client={client} />
        </Suspense>
      )}
      {route.name === 'outcomes' && (
        <Suspense fallback={<main>Resultaten laden…</main>}>
          <OutcomesPage client={client} />
        </Suspense>
      )}
    </>
  );
}
