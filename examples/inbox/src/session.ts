/** The API token lives in sessionStorage: it lasts while the tab does and is never sent as a cookie. */
const KEY = 'deskgraph.token';

export const storedToken = (): string | null => sessionStorage.getItem(KEY);
export const storeToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(KEY);

/** The token the server suggests: `deskgraph demo` puts its write token in a meta tag. */
export const suggestedToken = (): string =>
  document.querySelector<HTMLMetaElement>('meta[name="deskgraph-token"]')?.content ?? '';

/** A key for one write and its retries (crypto.randomUUID needs a secure context; this does not). */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
