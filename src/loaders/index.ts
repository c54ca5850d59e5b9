import DataLoader from 'dataloader';
import { mapBounded } from '../connectors/bounded.js';
import type { Connector } from '../connectors/connector.js';
import type { Included } from '../pagination/page.js';
import type { DomainAgent, DomainContact, DomainOrganization, DomainTag, DomainTeam, DomainTicket, DomainTicketField } from '../domain/types.js';
import { GatewayError } from '../domain/errors.js';

/**
 * Per-request DataLoaders keyed by (connection, entity). Within one GraphQL request every id is
 * fetched at most once and ids asked for in the same tick go to the connector as one batch; the
 * connector decides how that batch maps onto upstream calls.
 */
export interface Loaders {
  tickets(connector: Connector): DataLoader<string, DomainTicket | null>;
  contacts(connector: Connector): DataLoader<string, DomainContact | null>;
  agents(connector: Connector): DataLoader<string, DomainAgent | null>;
  /** CAPABILITY_UNSUPPORTED for a connector without organizations. */
  organizations(connector: Connector): DataLoader<string, DomainOrganization | null>;
  /** CAPABILITY_UNSUPPORTED for a connector without tags. */
  tags(connector: Connector): DataLoader<string, DomainTag | null>;
  teams(connector: Connector): DataLoader<string, DomainTeam | null>;
  ticketFields(connector: Connector): DataLoader<string, DomainTicketField | null>;
  /** Contact records by lower-cased email. */
  contactsByEmail(connector: Connector): DataLoader<string, DomainContact[]>;
  /** Seeds the loaders with records a listing carried along (sideloads), so they cost no request. */
  prime(connector: Connector, included: Included | undefined): void;
  /**
   * After a write: later fields of the request read the record as it now is. A value primes it, null
   * records it as gone, undefined forgets it so that it is read again when asked for.
   */
  wrote(connector: Connector, entity: 'tickets' | 'contacts', id: string, value: DomainTicket | DomainContact | null | undefined): void;
}

const MAX_BATCH = 100;
/** Upstreams look emails up one at a time; a few in flight at once. */
const EMAIL_LOOKUP_CONCURRENCY = 4;

/** A connector's optional by-id lookup, bound; CAPABILITY_UNSUPPORTED when the kind has none. */
const byIdsOf =
  <V>(connector: Connector, what: string, get: ((ids: readonly string[]) => Promise<V[]>) | undefined) =>
  (ids: readonly string[]): Promise<V[]> => {
    if (!get) throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connector.id} (${connector.kind}) has no ${what}`, { connectionId: connector.id });
    return get.call(connector, ids);
  };

export const createLoaders = (): Loaders => {
  const cache = new Map<string, DataLoader<string, unknown>>();
  const loader = <V>(kind: string, connector: Connector, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> => {
    const key = `${kind}:${connector.id}`;
    let found = cache.get(key) as DataLoader<string, V> | undefined;
    if (!found) {
      found = new DataLoader<string, V>(batch, { maxBatchSize: MAX_BATCH });
      cache.set(key, found as DataLoader<string, unknown>);
    }
    return found;
  };
  const loaders: Loaders = {
    tickets: (connector) => loader('tickets', connector, (ids) => connector.getTickets(ids)),
    contacts: (connector) => loader('contacts', connector, (ids) => connector.getContacts(ids)),
    agents: (connector) => loader('agents', connector, (ids) => connector.getAgents(ids)),
    organizations: (connector) => loader('organizations', connector, (ids) => byIdsOf(connector, 'organizations', connector.getOrganizations)(ids)),
    tags: (connector) => loader('tags', connector, (ids) => byIdsOf(connector, 'tags', connector.getTags)(ids)),
    teams: (connector) => loader('teams', connector, (ids) => byIdsOf(connector, 'teams', connector.getTeams)(ids)),
    ticketFields: (connector) => loader('ticketFields', connector, (ids) => byIdsOf(connector, 'ticket fields', connector.getTicketFields)(ids)),
    contactsByEmail: (connector) =>
      loader('contactsByEmail', connector, (emails) => mapBounded(emails, EMAIL_LOOKUP_CONCURRENCY, (email) => connector.findContactsByEmail(email))),
    prime: (connector, included) => {
      for (const contact of included?.contacts ?? []) loaders.contacts(connector).prime(contact.externalId, contact);
      for (const agent of included?.agents ?? []) loaders.agents(connector).prime(agent.externalId, agent);
    },
    wrote: (connector, entity, id, value) => {
      const target: DataLoader<string, unknown> = entity === 'tickets' ? loaders.tickets(connector) : loaders.contacts(connector);
      target.clear(id);
      if (value !== undefined) target.prime(id, value);
      // A contact's email may have changed: lookups by email are asked again.
      if (entity === 'contacts') loaders.contactsByEmail(connector).clearAll();
    },
  };
  return loaders;
};
