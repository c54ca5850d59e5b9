import { useCallback, useSyncExternalStore } from 'react';

/** The open ticket lives in the URL's hash (`#ticket=<id>`), so it survives a reload and can be linked. */
const PREFIX = '#ticket=';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};

const current = (): string | null =>
  window.location.hash.startsWith(PREFIX) ? decodeURIComponent(window.location.hash.slice(PREFIX.length)) : null;

export const useSelectedTicket = (): [string | null, (id: string | null) => void] => {
  const selected = useSyncExternalStore(subscribe, current);
  const select = useCallback((id: string | null) => {
    window.location.hash = id ? `${PREFIX}${encodeURIComponent(id)}` : '';
  }, []);
  return [selected, select];
};
