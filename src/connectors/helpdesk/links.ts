/**
 * Helpdesk writes `links.next` relative and without its own mount point: `/api/v1/tickets?after=…`
 * for an API served at `/helpdesk/api/v1`. Resolving that against the host root would leave the API;
 * so the link's path is laid over the end of the configured base path (where their segments overlap)
 * and answered as a path below the base URL, with the link's query. Only the path and query of a link
 * are used: the request still goes to the configured origin, so credentials never follow a link
 * elsewhere.
 */
export interface ResolvedLink {
  /** Below the base URL, starting with `/`. */
  path: string;
  query: Record<string, string>;
}

const segments = (path: string): string[] => path.split('/').filter((segment) => segment.length > 0);

export const resolveLink = (basePath: string, link: string): ResolvedLink => {
  const url = new URL(link, 'http://link.invalid/');
  const base = segments(basePath);
  const linked = segments(url.pathname);
  // The longest run of segments that ends the base path and starts the link.
  let overlap = Math.min(base.length, linked.length);
  while (overlap > 0 && base.slice(base.length - overlap).join('/') !== linked.slice(0, overlap).join('/')) overlap--;
  return {
    path: `/${linked.slice(overlap).join('/')}`,
    query: Object.fromEntries(url.searchParams),
  };
};
