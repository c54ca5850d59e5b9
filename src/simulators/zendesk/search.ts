import type { SimTicket, SimUser } from './data.js';

/**
 * The subset of Zendesk's search syntax the simulator understands: `keyword:value` terms (values may
 * be double-quoted) and free words. Terms with the same keyword match any of their values; different
 * keywords and free words must all match.
 */
export interface ParsedQuery {
  terms: Map<string, string[]>;
  words: string[];
}

export const parseSearchQuery = (query: string): ParsedQuery => {
  const terms = new Map<string, string[]>();
  const words: string[] = [];
  for (const match of query.matchAll(/(?:(\w+):)?(?:"([^"]*)"|(\S+))/g)) {
    const value = (match[2] ?? match[3] ?? '').toLowerCase();
    if (match[1] === undefined) words.push(value);
    else terms.set(match[1].toLowerCase(), [...(terms.get(match[1].toLowerCase()) ?? []), value]);
  }
  return { terms, words };
};

/** A user given by id or email, as `requester:` and `assignee:` take them. */
const namesUser = (value: string, id: bigint | undefined, users: ReadonlyMap<bigint, SimUser>): boolean => {
  if (id === undefined) return value === 'none';
  return value === String(id) || users.get(id)?.email.toLowerCase() === value;
};

const TICKET_KEYWORDS: Record<string, (ticket: SimTicket, value: string, users: ReadonlyMap<bigint, SimUser>) => boolean> = {
  type: (_ticket, value) => value === 'ticket',
  status: (ticket, value) => ticket.status === value,
  priority: (ticket, value) => (ticket.priority ?? 'none') === value,
  ticket_type: (ticket, value) => (ticket.type ?? 'none') === value,
  via: (ticket, value) => ticket.via.channel === value,
  tags: (ticket, value) => ticket.tags.includes(value),
  requester: (ticket, value, users) => namesUser(value, ticket.requester_id, users),
  assignee: (ticket, value, users) => namesUser(value, ticket.assignee_id, users),
};

/** Whether a ticket matches; a keyword the simulator does not know matches nothing (so tests notice). */
export const ticketMatches = (ticket: SimTicket, query: ParsedQuery, users: ReadonlyMap<bigint, SimUser>): boolean =>
  [...query.terms].every(([keyword, values]) => {
    const test = TICKET_KEYWORDS[keyword];
    return test !== undefined && values.some((value) => test(ticket, value, users));
  }) && query.words.every((word) => `${ticket.subject} ${ticket.description}`.toLowerCase().includes(word));

export const userMatches = (user: SimUser, query: ParsedQuery): boolean =>
  [...query.terms].every(([keyword, values]) =>
    values.some((value) => {
      if (keyword === 'email') return user.email.toLowerCase() === value;
      if (keyword === 'role') return user.role === value;
      if (keyword === 'name') return user.name.toLowerCase().includes(value);
      return false;
    }),
  ) && query.words.every((word) => `${user.name} ${user.email}`.toLowerCase().includes(word));
