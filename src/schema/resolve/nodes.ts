import { assertWorkspace } from '../../auth/access.js';
import type { GatewayContext } from '../../context.js';
import { badInput } from '../../domain/errors.js';
import { decodeGlobalId, type NodeTypename } from '../../domain/global-id.js';
import type { DomainMessage, DomainOrganization, DomainTag, DomainTeam, DomainTicket, DomainTicketField } from '../../domain/types.js';
import type { LiveConnection } from '../../runtime.js';
import type { AgentRef, ContactRef } from '../refs.js';
import { identities, normaliseEmail } from './contacts.js';

/** The live connection of a record the caller already holds (and so may read). */
export const liveOf = (context: GatewayContext, connectionId: string): LiveConnection => {
  const live = context.runtime.connection(connectionId);
  if (!live) throw new Error(`no live connection ${connectionId}`);
  return live;
};

/** Upstream ids of the characters upstreams use, of a sane length; connectors may be stricter. */
const PLAUSIBLE_UPSTREAM_ID = /^[A-Za-z0-9._:@+=-]{1,256}$/;

/** Refuses an upstream id its connector could not have issued, before any call is made. */
const checkUpstreamId = (live: LiveConnection, id: string, typename: string): void => {
  const valid = PLAUSIBLE_UPSTREAM_ID.test(id) && (live.connector.isValidId?.(id, typename) ?? true);
  if (!valid) throw badInput(`"${id.slice(0, 80)}" is not a valid ${live.settings.kind} id for a ${typename}`);
};

/**
 * The connection a global id names, after the tenancy check: undefined when no such connection is
 * configured (the id is stale), FORBIDDEN when it belongs to a workspace the token does not cover,
 * BAD_USER_INPUT when the upstream ids in it are malformed for that connection.
 */
const readableConnection = (context: GatewayContext, connectionId: string, typename: string, ...ids: string[]): LiveConnection | undefined => {
  const live = context.runtime.connection(connectionId);
  if (live) {
    assertWorkspace(context, live.settings.workspaceId, `this ${typename}`);
    for (const id of ids) checkUpstreamId(live, id, typename);
  }
  return live;
};

export const resolveTicket = async (context: GatewayContext, connectionId: string, externalId: string): Promise<DomainTicket | null> => {
  const live = readableConnection(context, connectionId, 'Ticket', externalId);
  return live ? context.loaders.tickets(live.connector).load(externalId) : null;
};

/** Messages have no lookup by id upstream: the ticket's conversation is read until found, up to this many. */
const MESSAGE_SCAN_LIMIT = 1000;

const resolveMessage = async (context: GatewayContext, live: LiveConnection, ticketId: string, messageId: string): Promise<DomainMessage | null> => {
  let after: string | undefined;
  for (let seen = 0; seen < MESSAGE_SCAN_LIMIT; ) {
    const page = await live.connector.listMessages(ticketId, after === undefined ? { first: 100 } : { first: 100, after });
    const found = page.edges.find((edge) => edge.node.externalId === messageId);
    if (found) return found.node;
    seen += page.edges.length;
    const last = page.edges[page.edges.length - 1];
    if (!page.hasNextPage || !last) return null;
    after = last.cursor;
  }
  return null;
};

const resolveContact = async (context: GatewayContext, parts: string[], path: readonly (string | number)[]): Promise<ContactRef | null> => {
  const [workspaceId, form, ...rest] = parts as [string, string, ...string[]];
  assertWorkspace(context, workspaceId, 'this Contact');
  if (form === 'email' && rest.length === 1 && rest[0]) {
    const ref: ContactRef = { workspaceId, email: normaliseEmail(rest[0]) };
    return (await identities(context, ref, path)).length > 0 ? ref : null;
  }
  const [connectionId, externalId] = rest;
  if (form !== 'record' || !connectionId || !externalId) return null;
  const live = context.runtime.connection(connectionId);
  if (!live || live.settings.workspaceId !== workspaceId) return null;
  checkUpstreamId(live, externalId, 'Contact');
  const contact = await context.loaders.contacts(live.connector).load(externalId);
  return contact ? { workspaceId, email: null, record: { connectionId, externalId }, contact } : null;
};

const resolveAgent = async (context: GatewayContext, connectionId: string, externalId: string): Promise<AgentRef | null> => {
  const live = readableConnection(context, connectionId, 'Agent', externalId);
  const agent = live ? await context.loaders.agents(live.connector).load(externalId) : null;
  return agent ? { connectionId, externalId, agent } : null;
};

const resolveOrganization = async (context: GatewayContext, connectionId: string, externalId: string): Promise<DomainOrganization | null> => {
  const live = readableConnection(context, connectionId, 'Organization', externalId);
  return live?.connector.getOrganizations ? context.loaders.organizations(live.connector).load(externalId) : null;
};

const resolveTag = async (context: GatewayContext, connectionId: string, externalId: string): Promise<DomainTag | null> => {
  const live = readableConnection(context, connectionId, 'Tag', externalId);
  return live?.connector.getTags ? context.loaders.tags(live.connector).load(externalId) : null;
};

const resolveTeam = async (context: GatewayContext, connectionId: string, externalId: string): Promise<DomainTeam | null> => {
  const live = readableConnection(context, connectionId, 'Team', externalId);
  return live?.connector.getTeams ? context.loaders.teams(live.connector).load(externalId) : null;
};

const resolveTicketField = async (context: GatewayContext, connectionId: string, externalId: string): Promise<DomainTicketField | null> => {
  const live = readableConnection(context, connectionId, 'TicketField', externalId);
  return live?.connector.getTicketFields ? context.loaders.ticketFields(live.connector).load(externalId) : null;
};

/** Any node by its global id, tagged with its typename so the Node interface can tell them apart. */
export const resolveNode = async (
  context: GatewayContext,
  globalId: string,
  path: readonly (string | number)[],
): Promise<{ __typename: NodeTypename } | null> => {
  const { typename, parts } = decodeGlobalId(globalId);
  const tag = <T extends object>(value: T | null | undefined) => (value ? { ...value, __typename: typename } : null);
  const [first = '', second = '', third = ''] = parts;
  switch (typename) {
    case 'Ticket':
    case 'HelpdeskTicket':
      return tag(await resolveTicket(context, first, second));
    case 'Agent':
      return tag(await resolveAgent(context, first, second));
    case 'Organization':
      return tag(await resolveOrganization(context, first, second));
    case 'Tag':
      return tag(await resolveTag(context, first, second));
    case 'Team':
      return tag(await resolveTeam(context, first, second));
    case 'TicketField':
      return tag(await resolveTicketField(context, first, second));
    case 'Message': {
      const live = readableConnection(context, first, 'Message', second, third);
      return tag(live ? await resolveMessage(context, live, second, third) : null);
    }
    case 'Contact':
      return tag(await resolveContact(context, parts, path));
    case 'Helpdesk':
      return tag(readableConnection(context, first, 'Helpdesk'));
    case 'Workspace': {
      assertWorkspace(context, first, 'this Workspace');
      return tag(context.runtime.workspace(first));
    }
  }
};
