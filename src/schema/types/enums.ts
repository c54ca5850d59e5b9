import { TICKET_SORT_FIELDS } from '../../connectors/connector.js';
import { AGENT_KINDS, AUTHOR_KINDS, TICKET_CHANNELS, MESSAGE_TYPES, TICKET_PRIORITIES, TICKET_STATUSES, WAITING_ON } from '../../domain/types.js';
import { builder } from '../builder.js';

export const TicketStatusEnum = builder.enumType('TicketStatus', {
  description: 'The normalised ticket status; `rawStatus` keeps the upstream\'s own word.',
  values: TICKET_STATUSES,
});
export const TicketPriorityEnum = builder.enumType('TicketPriority', { values: TICKET_PRIORITIES });
export const TicketChannelEnum = builder.enumType('TicketChannel', {
  description: "Where the ticket came in, normalised; `rawChannel` keeps the upstream's own word (OTHER for a word no table knows).",
  values: TICKET_CHANNELS,
});
export const WaitingOnEnum = builder.enumType('WaitingOn', { description: 'Whose turn it is.', values: WAITING_ON });
export const MessageTypeEnum = builder.enumType('MessageType', { values: MESSAGE_TYPES });
export const AuthorKindEnum = builder.enumType('AuthorKind', {
  description: 'Who wrote a message: an agent, the customer, a machine user (an integration or AI agent) or the helpdesk itself.',
  values: AUTHOR_KINDS,
});
export const AgentKindEnum = builder.enumType('AgentKind', {
  description: 'A person (HUMAN), a machine user such as an API integration or AI agent (BOT), or the helpdesk itself (SYSTEM).',
  values: AGENT_KINDS,
});
export const OrderDirectionEnum = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });
export const TicketOrderFieldEnum = builder.enumType('TicketOrderField', { values: TICKET_SORT_FIELDS });
export const AccessEnum = builder.enumType('Access', { values: ['read', 'write'] as const });
