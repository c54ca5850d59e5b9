/**
 * The route template of an upstream call, for metric labels and span attributes: the path below the
 * connection's base URL with every id segment replaced by `:id`, so `GET /issues/7f3c…/messages` and
 * `GET /api/v2/tickets/123.json` become `GET /issues/:id/messages` and `GET /api/v2/tickets/:id.json`.
 * The query string is never part of it. A segment is an id when it holds a digit (API versions such
 * as `v2` aside), an `@` or an escape, or is longer than any resource name.
 */

const VERSION = /^v\d+$/i;
const MAX_NAME = 40;
/** Deeper paths keep their first segments: a template stays short whatever the path. */
const MAX_SEGMENTS = 8;

const isId = (name: string): boolean =>
  name.length > MAX_NAME || /[@%:]/.test(name) || (/\d/.test(name) && !VERSION.test(name)) || !/^[A-Za-z0-9_-]*$/.test(name);

const templateOf = (segment: string): string => {
  // `123.json` keeps its format suffix: Desk's and Zendesk's routes end in `.json`.
  const extension = /\.(json|xml)$/.exec(segment)?.[0] ?? '';
  const name = segment.slice(0, segment.length - extension.length);
  return isId(name) ? `:id${extension}` : segment;
};

export const routeTemplate = (method: string, path: string): string => {
  const pathOnly = path.split('?')[0] ?? '';
  const segments = pathOnly.split('/').filter((segment) => segment.length > 0);
  const kept = segments.slice(0, MAX_SEGMENTS).map(templateOf);
  return `${method} /${kept.join('/')}${segments.length > MAX_SEGMENTS ? '/…' : ''}`;
};
