import type { TicketFilter, TicketSort } from '../../connectors/connector.js';
import { builder } from '../builder.js';
import { OrderDirectionEnum, TicketChannelEnum, TicketOrderFieldEnum, TicketPriorityEnum, TicketStatusEnum } from './enums.js';

export const TicketFilterInput = builder.inputType('TicketFilter', {
  description:
    'Filters applied by the upstream itself. A connection that cannot apply one answers CAPABILITY_UNSUPPORTED (see Helpdesk.capabilities).',
  fields: (t) => ({
    statuses: t.field({ type: [TicketStatusEnum] }),
    rawStatuses: t.stringList({ description: "The upstream's own status strings." }),
    priorities: t.field({ type: [TicketPriorityEnum] }),
    assigneeId: t.string({ description: "The upstream's id of the assigned agent (Agent.externalId)." }),
    requesterId: t.string({ description: "The upstream's id of the requester (ContactIdentity.externalId)." }),
    accountId: t.string({ description: "The upstream's id of the customer's organization (a Pylon account, say)." }),
    tags: t.stringList({ description: 'Tickets carrying every one of these tags.' }),
    channel: t.field({ type: TicketChannelEnum, description: 'The normalised channel.' }),
    rawChannel: t.string({ description: "The upstream's own channel word." }),
    createdAfter: t.field({ type: 'DateTime' }),
    createdBefore: t.field({ type: 'DateTime' }),
    updatedAfter: t.field({ type: 'DateTime' }),
    updatedBefore: t.field({ type: 'DateTime' }),
    search: t.string({ description: 'Free text, as the upstream searches it.' }),
  }),
});

export const TicketOrderInput = builder.inputType('TicketOrder', {
  fields: (t) => ({
    field: t.field({ type: TicketOrderFieldEnum, defaultValue: 'CREATED_AT', required: true }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'DESC', required: true }),
  }),
});

type FilterArg = typeof TicketFilterInput.$inferInput | null | undefined;
type OrderArg = typeof TicketOrderInput.$inferInput | null | undefined;

/** GraphQL input → connector filter, dropping nulls so only filters actually asked for remain. */
export const toTicketFilter = (input: FilterArg): TicketFilter => {
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value !== null && value !== undefined) filter[key] = value;
  }
  return filter as TicketFilter;
};

export const toTicketSort = (input: OrderArg): TicketSort => ({
  field: input?.field ?? 'CREATED_AT',
  direction: input?.direction ?? 'DESC',
});
