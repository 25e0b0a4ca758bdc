/** The signed-in token: taken once from the URL fragment (#token=…) or the sign-in form, kept in sessionStorage. */
const KEY = 'sturing.token';

/** Reads `#token=…` from the fragment, stores it and removes it from the address bar. */
export function takeTokenFromFragment(location: Location, history: History, storage: Storage): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return undefined;
  const token = decodeURIComponent(match[1]);
  storage.setItem(KEY, token);
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  return token;
}

export function storedToken(storage: Storage): string | undefined {
  return storage.getItem(KEY) ?? undefined;
}

export function storeToken(storage: Storage, token: string | undefined): void {
  if (token) storage.setItem(KEY, token);
  else storage.removeItem(KEY);
}
