import { responsePathAsArray } from 'graphql';
import { connectionFor, workspaceFor } from '../../auth/access.js';
import { idParts, decodeGlobalIdOf } from '../../domain/global-id.js';
import { listTicketsAcross } from '../../listing/tickets.js';
import { cursorScope } from '../../pagination/cursor.js';
import { readPageArgs, relayConnectionOf } from '../../pagination/relay.js';
import { builder } from '../builder.js';
import { COST, pageCost, perConnectionInScope } from '../cost.js';
import { AgentObjectRef, ContactObjectRef, HelpdeskRef, HelpdeskTicketRef, MessageRef, TicketRef } from '../refs.js';
import { requesterRef } from '../resolve/contacts.js';
import { liveOf, resolveTicket } from '../resolve/nodes.js';
import { TicketChannelEnum, TicketPriorityEnum, TicketStatusEnum, WaitingOnEnum } from './enums.js';
import { TicketFilterInput, TicketOrderInput, toTicketFilter, toTicketSort } from './ticket-inputs.js';

const CustomFieldRef = builder.objectRef<{ key: string; value: unknown }>('CustomField').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: "The upstream's key: a field id, a slug or a name." }),
    value: t.field({ type: 'JSON', nullable: true, resolve: (field) => field.value }),
  }),
});

const MessageConnection = builder.connectionObject({ type: MessageRef, name: 'MessageConnection' }, { name: 'MessageEdge' });
export const TicketConnection = builder.connectionObject({ type: TicketRef, name: 'TicketConnection' }, { name: 'TicketEdge' });

builder.node(TicketRef, {
  description: 'A ticket from any helpdesk, normalised.',
  id: { resolve: (ticket) => idParts(ticket.connectionId, ticket.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: "The upstream's own id, exact." }),
    subject: t.exposeString('subject', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    summary: t.exposeString('summary', { nullable: true }),
    status: t.field({ type: TicketStatusEnum, resolve: (ticket) => ticket.status }),
    rawStatus: t.exposeString('rawStatus', { nullable: true, description: "The upstream's own status." }),
    priority: t.field({ type: TicketPriorityEnum, nullable: true, resolve: (ticket) => ticket.priority }),
    rawPriority: t.exposeString('rawPriority', { nullable: true }),
    type: t.exposeString('type', { nullable: true }),
    channel: t.field({ type: TicketChannelEnum, nullable: true, resolve: (ticket) => ticket.channel }),
    rawChannel: t.exposeString('rawChannel', { nullable: true, description: "The upstream's own channel word." }),
    waitingOn: t.field({ type: WaitingOnEnum, nullable: true, resolve: (ticket) => ticket.waitingOn }),
    tags: t.exposeStringList('tags'),
    customFields: t.field({ type: [CustomFieldRef], resolve: (ticket) => ticket.customFields }),
    requester: t.field({
      type: ContactObjectRef,
      nullable: true,
      description: 'The person who asked. Upstream cost: 1 (their record, loaded in batches when a field needs it).',
      complexity: COST.load,
      resolve: (ticket, _args, context) => requesterRef(ticket, liveOf(context, ticket.connectionId).settings.workspaceId),
    }),
    assignee: t.field({
      type: AgentObjectRef,
      nullable: true,
      description: 'The agent the ticket is assigned to. Upstream cost: 1 (loaded in batches when a field needs more than the id).',
      complexity: COST.load,
      resolve: (ticket) =>
        ticket.assigneeId
          ? {
              connectionId: ticket.connectionId,
              externalId: ticket.assigneeId,
              ...(ticket.assignee ? { agent: ticket.assignee } : {}),
              ...(ticket.assigneeHint ? { hint: ticket.assigneeHint } : {}),
            }
          : null,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (ticket) => ticket.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (ticket) => ticket.updatedAt }),
    lastMessageAt: t.field({ type: 'DateTime', nullable: true, resolve: (ticket) => ticket.lastMessageAt }),
    lastMessagePreview: t.exposeString('lastMessagePreview', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    ref: t.string({
      nullable: true,
      description: "The short reference the upstream shows people: Plain's `T-123`, Pylon's issue number.",
      resolve: (ticket) => ticket.ref ?? null,
    }),
    upstreamExternalId: t.string({
      nullable: true,
      description: "The id another system set on the record: Plain's thread `externalId`, Zendesk's `external_id`.",
      resolve: (ticket) => ticket.upstreamExternalId ?? null,
    }),
    customStatusId: t.string({
      nullable: true,
      description: "Zendesk's `custom_status_id`: the account's own status, within the category `status` gives.",
      resolve: (ticket) => ticket.customStatusId ?? null,
    }),
    raw: t.field({ type: 'JSON', nullable: true, description: 'The upstream payload the ticket was mapped from.', resolve: (ticket) => ticket.raw }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (ticket, _args, context) => liveOf(context, ticket.connectionId) }),
    helpdeskTicket: t.field({ type: HelpdeskTicketRef, description: 'The seed-000 view of the same record.', resolve: (ticket) => ticket }),
    messages: t.connection(
      {
        type: MessageRef,
        description: 'The conversation, oldest first. Upstream cost: 1, and `first`/`last` times what is selected under it.',
        complexity: pageCost(() => COST.load),
        resolve: async (ticket, args, context) => {
          const live = liveOf(context, ticket.connectionId);
          const scope = cursorScope('Ticket.messages', { connection: live.settings.id, ticket: ticket.externalId });
          const { request } = readPageArgs(args, scope);
          return relayConnectionOf(await live.connector.listMessages(ticket.externalId, request), scope);
        },
      },
      MessageConnection,
    ),
  }),
});

builder.queryField('tickets', (t) =>
  t.connection(
    {
      type: TicketRef,
      description:
        'Tickets of one connection (`connectionId`), or of every connection of a workspace merged into one list (forward paging). Upstream cost: 1 per connection listed, and `first`/`last` times what is selected under it.',
      complexity: pageCost(perConnectionInScope),
      args: {
        workspaceId: t.arg.id({ description: "Defaults to the token's only workspace." }),
        connectionId: t.arg.id({ description: 'A connection id from the config, or a Helpdesk id.' }),
        filter: t.arg({ type: TicketFilterInput }),
        orderBy: t.arg({ type: TicketOrderInput }),
      },
      resolve: (_root, args, context, info) => {
        const query = { filter: toTicketFilter(args.filter), sort: toTicketSort(args.orderBy) };
        const lives =
          args.connectionId !== null && args.connectionId !== undefined
            ? [connectionFor(context, String(args.connectionId))]
            : context.runtime.connectionsOf(workspaceFor(context, args.workspaceId ?? null).id);
        const sources = lives.map((live) => ({ key: live.settings.id, live, filter: query.filter }));
        const scope = { connections: lives.map((live) => live.settings.id), filter: query.filter };
        return listTicketsAcross(context, sources, query.sort, args, { name: 'Query.tickets', scope }, responsePathAsArray(info.path));
      },
    },
    TicketConnection,
  ),
);

builder.queryField('ticket', (t) =>
  t.field({
    type: TicketRef,
    nullable: true,
    description: 'A ticket by its global id. Upstream cost: 1.',
    complexity: COST.load,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      const [connectionId, externalId] = decodeGlobalIdOf(String(args.id), 'Ticket', 2) as [string, string];
      return resolveTicket(context, connectionId, externalId);
    },
  }),
);
