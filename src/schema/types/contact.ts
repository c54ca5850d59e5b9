import { responsePathAsArray } from 'graphql';
import { connectionFor, workspaceFor } from '../../auth/access.js';
import type { GatewayContext } from '../../context.js';
import { badInput } from '../../domain/errors.js';
import { encodeGlobalId, idParts } from '../../domain/global-id.js';
import type { DomainContact, DomainTicket } from '../../domain/types.js';
import { listTicketsAcross, type TicketSource } from '../../listing/tickets.js';
import { withNode } from '../../pagination/edge.js';
import { cursorScope } from '../../pagination/cursor.js';
import { readPageArgs, relayConnectionOf, type RelayConnection } from '../../pagination/relay.js';
import { builder } from '../builder.js';
import { COST, connectionsInReach, pageCost, perConnectionInScope, type CostContext } from '../cost.js';
import { ContactObjectRef, HelpdeskRef, HelpdeskTicketRef, OrganizationRef, TicketRef, type ContactRef } from '../refs.js';
import { organizationOf } from './organization.js';
import { contactEmail, contactRefOf, identities, knownEmail, lookupIdentities, normaliseEmail, primaryRecord } from '../resolve/contacts.js';
import { liveOf, resolveNode } from '../resolve/nodes.js';
import { OrderDirectionEnum } from './enums.js';
import { TicketConnection } from './ticket.js';

/** Email-known contacts are one node per workspace and email; others are their single record. */
const contactIdParts = async (context: GatewayContext, ref: ContactRef, path: readonly (string | number)[]): Promise<string> => {
  const email = await contactEmail(context, ref, path);
  if (email) return idParts(ref.workspaceId, 'email', email);
  const record = ref.record ?? (ref.contact ? { connectionId: ref.contact.connectionId, externalId: ref.contact.externalId } : undefined);
  if (!record) throw new Error('a contact without email or record');
  return idParts(ref.workspaceId, 'record', record.connectionId, record.externalId);
};

export const contactGlobalId = async (context: GatewayContext, ref: ContactRef, path: readonly (string | number)[]): Promise<string> =>
  encodeGlobalId('Contact', await contactIdParts(context, ref, path));

const ContactIdentityRef = builder.objectRef<DomainContact>('ContactIdentity').implement({
  description: 'One upstream record behind a contact.',
  fields: (t) => ({
    helpdesk: t.field({ type: HelpdeskRef, resolve: (contact, _args, context) => liveOf(context, contact.connectionId) }),
    externalId: t.exposeString('externalId', { description: "The upstream's id of the person (use it as TicketFilter.requesterId)." }),
    name: t.exposeString('name', { nullable: true }),
    email: t.exposeString('email', { nullable: true, description: 'The primary address.' }),
    emails: t.exposeStringList('emails', { description: 'Every address of the record, the primary first.' }),
    phone: t.exposeString('phone', { nullable: true }),
    company: t.exposeString('company', { nullable: true }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization the record names (null where it names none or the kind has none). Upstream cost: 1 (loaded in batches).',
      complexity: COST.load,
      resolve: (contact, _args, context) => organizationOf(context, contact),
    }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (contact) => contact.createdAt }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (contact) => contact.raw }),
  }),
});

const HelpdeskTicketConnection = builder.connectionObject(
  { type: HelpdeskTicketRef, name: 'HelpdeskTicketConnection' },
  { name: 'HelpdeskTicketEdge' },
);

/** A contact's list looks the person up in every connection, then lists one (`connectionId`) or all. */
const contactTicketsCost = (args: { connectionId?: unknown }, ctx: CostContext): number =>
  connectionsInReach(ctx) + perConnectionInScope(args, ctx);

interface ContactTicketsArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  order?: 'ASC' | 'DESC' | null;
  status?: string | null;
  channel?: string | null;
  connectionId?: string | number | null;
  workspaceId?: string | number | null;
}

/** Every ticket the contact requested, in every connection of its workspace (or one), merged by creation time. */
const contactTickets = async (
  context: GatewayContext,
  ref: ContactRef,
  args: ContactTicketsArgs,
  list: string,
  path: readonly (string | number)[],
): Promise<RelayConnection<DomainTicket>> => {
  if (args.workspaceId !== null && args.workspaceId !== undefined) {
    const workspace = workspaceFor(context, String(args.workspaceId));
    if (workspace.id !== ref.workspaceId) throw badInput(`this contact belongs to workspace "${ref.workspaceId}", not "${workspace.id}"`);
  }
  const only = args.connectionId !== null && args.connectionId !== undefined ? connectionFor(context, String(args.connectionId)) : undefined;
  const lookup = await lookupIdentities(context, ref);
  const filter = {
    ...(args.status ? { rawStatuses: [args.status] } : {}),
    ...(args.channel ? { rawChannel: args.channel } : {}),
  };
  // One source per record, keyed by connection and rank so keys hold from page to page; a connection
  // whose lookup failed stays in the list as a failing source, so the cursor keeps its place for it.
  const records = [...lookup.records].sort((a, b) => a.externalId.localeCompare(b.externalId));
  const ranks = new Map<string, number>();
  const keyOf = (connectionId: string): string => {
    const rank = ranks.get(connectionId) ?? 0;
    ranks.set(connectionId, rank + 1);
    return `${connectionId}#${rank}`;
  };
  const sources: TicketSource[] = [
    ...records.map((record) => ({
      key: keyOf(record.connectionId),
      live: liveOf(context, record.connectionId),
      filter: { ...filter, requesterId: record.externalId },
    })),
    ...lookup.failed.map(({ live, error }) => ({ key: `${live.settings.id}#0`, live, filter, failure: error })),
  ].filter((source) => !only || source.live === only);
  const sort = { field: 'CREATED_AT', direction: args.order ?? 'DESC' } as const;
  const scope = { workspace: ref.workspaceId, contact: ref.email ?? ref.record ?? null, status: args.status, channel: args.channel, connection: only?.settings.id };
  if (sources.length === 0) {
    // Still validate the arguments, so bad input is refused the same way whoever the contact is.
    readPageArgs(args, cursorScope(list, scope));
    return relayConnectionOf({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 }, cursorScope(list, scope));
  }
  return listTicketsAcross(context, sources, sort, args, { name: list, scope }, path);
};

builder.node(ContactObjectRef, {
  description: 'A person within a workspace: one node per email across every helpdesk, else one upstream record.',
  id: { resolve: (ref, _args, context, info) => contactIdParts(context, ref, responsePathAsArray(info.path)) },
  fields: (t) => {
    const ticketArgs = {
      order: t.arg({ type: OrderDirectionEnum, defaultValue: 'DESC', description: 'By creation time. Default DESC.' }),
      status: t.arg.string({ description: "The upstream's own status string (values depend on the helpdesk)." }),
      channel: t.arg.string({ description: "The channel the ticket arrived on, in the upstream's own word (as `HelpdeskTicket.channel`)." }),
      connectionId: t.arg.id({ description: 'Only this connection (a config id or a Helpdesk id).' }),
      workspaceId: t.arg.id({ description: "The contact's workspace; refused when it names another." }),
    };
    return {
      name: t.string({
        nullable: true,
        // At once when the listing named them (the common case: a page of tickets asks this per row).
        resolve: (ref, _args, context, info) =>
          ref.hint?.name ?? primaryRecord(context, ref, responsePathAsArray(info.path)).then((record) => record?.name ?? null),
      }),
      email: t.string({
        nullable: true,
        resolve: (ref, _args, context, info) => knownEmail(ref) ?? contactEmail(context, ref, responsePathAsArray(info.path)),
      }),
      emails: t.stringList({
        nullable: true,
        description: 'Every address of every record behind this contact (lower-cased, the one it is known by first); any of them finds the same records.',
        resolve: async (ref, _args, context, info) => {
          const path = responsePathAsArray(info.path);
          const known = await contactEmail(context, ref, path);
          const records = await identities(context, ref, path);
          return [...new Set([...(known ? [known] : []), ...records.flatMap((record) => record.emails.map(normaliseEmail))])];
        },
      }),
      phone: t.string({
        nullable: true,
        resolve: async (ref, _args, context, info) => (await primaryRecord(context, ref, responsePathAsArray(info.path)))?.phone ?? null,
      }),
      company: t.string({
        nullable: true,
        resolve: async (ref, _args, context, info) => (await primaryRecord(context, ref, responsePathAsArray(info.path)))?.company ?? null,
      }),
      organization: t.field({
        type: OrganizationRef,
        nullable: true,
        description: "The organization of the contact's primary record. Upstream cost: 2 (that record and its organization, loaded in batches).",
        complexity: 2 * COST.load,
        resolve: async (ref, _args, context, info) => organizationOf(context, await primaryRecord(context, ref, responsePathAsArray(info.path))),
      }),
      identities: t.field({
        type: [ContactIdentityRef],
        description: 'The upstream records behind this contact, one per helpdesk that knows them. Upstream cost: 1 per connection of the workspace.',
        complexity: (_args, ctx: CostContext) => connectionsInReach(ctx),
        resolve: (ref, _args, context, info) => identities(context, ref, responsePathAsArray(info.path)),
      }),
      helpdeskTickets: t.connection(
        {
          type: HelpdeskTicketRef,
          description:
            "Seed 000's helpdesk tickets of this contact, merged across the workspace's connections. Upstream cost: 2 per connection (the person's lookup and their list), and `first`/`last` times what is selected under it.",
          complexity: pageCost(contactTicketsCost),
          args: ticketArgs,
          resolve: (ref, args, context, info) => contactTickets(context, ref, args, 'Contact.helpdeskTickets', responsePathAsArray(info.path)),
        },
        HelpdeskTicketConnection,
      ),
      tickets: t.connection(
        {
          type: TicketRef,
          description: 'The same list as normalised Tickets. Upstream cost: as `helpdeskTickets`.',
          complexity: pageCost(contactTicketsCost),
          args: ticketArgs,
          resolve: (ref, args, context, info) => contactTickets(context, ref, args, 'Contact.tickets', responsePathAsArray(info.path)),
        },
        TicketConnection,
      ),
    };
  },
});

const ContactConnection = builder.connectionObject({ type: ContactObjectRef, name: 'ContactConnection' }, { name: 'ContactEdge' });

builder.queryField('contacts', (t) =>
  t.connection(
    {
      type: ContactObjectRef,
      description: "One connection's contact records. Upstream cost: 1, and `first`/`last` times what is selected under it.",
      complexity: pageCost(() => COST.load),
      args: {
        connectionId: t.arg.id({ required: true, description: 'A connection id from the config, or a Helpdesk id.' }),
        search: t.arg.string({ description: 'Free text, as the upstream searches it.' }),
      },
      resolve: async (_root, args, context) => {
        const live = connectionFor(context, String(args.connectionId));
        const scope = cursorScope('Query.contacts', { connection: live.settings.id, search: args.search });
        const { request } = readPageArgs(args, scope);
        const page = await live.connector.listContacts({ page: request, ...(args.search ? { search: args.search } : {}) });
        const connection = relayConnectionOf(page, scope);
        return {
          ...connection,
          edges: connection.edges.map((edge) => withNode(edge, contactRefOf(edge.node, live.settings.workspaceId))),
        };
      },
    },
    ContactConnection,
  ),
);

builder.queryField('contact', (t) =>
  t.field({
    type: ContactObjectRef,
    nullable: true,
    description: 'A contact by its global id. Upstream cost: 1 per connection of the workspace (the email is looked up in each).',
    complexity: (_args, ctx: CostContext) => connectionsInReach(ctx),
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context, info) => {
      const node = await resolveNode(context, String(args.id), responsePathAsArray(info.path));
      if (node && node.__typename !== 'Contact') throw badInput(`"${String(args.id).slice(0, 80)}" is not the id of a Contact`);
      return node as ContactRef | null;
    },
  }),
);

const EMAIL = /^[^\s@]+@[^\s@]+$/;

builder.queryField('contactByEmail', (t) =>
  t.field({
    type: ContactObjectRef,
    nullable: true,
    description:
      'The person with this email in any connection of the workspace; null when no helpdesk knows them. Upstream cost: 1 per connection of the workspace.',
    complexity: (_args, ctx: CostContext) => connectionsInReach(ctx),
    args: { email: t.arg.string({ required: true }), workspaceId: t.arg.id({ description: "Defaults to the token's only workspace." }) },
    resolve: async (_root, args, context, info) => {
      if (!EMAIL.test(args.email.trim())) throw badInput(`"${args.email.slice(0, 80)}" is not an email address`);
      const workspace = workspaceFor(context, args.workspaceId ?? null);
      const ref: ContactRef = { workspaceId: workspace.id, email: normaliseEmail(args.email) };
      return (await identities(context, ref, responsePathAsArray(info.path))).length > 0 ? ref : null;
    },
  }),
);
