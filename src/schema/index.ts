import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './types/scalars.js';
import './types/enums.js';
import './types/connection-fields.js';
import './types/node.js';
import './types/viewer.js';
import './types/workspace.js';
import './types/helpdesk.js';
import './types/ticket.js';
import './types/helpdesk-ticket.js';
import './types/contact.js';
import './types/agent.js';
import './types/organization.js';
import './types/tag.js';
import './types/team.js';
import './types/ticket-field.js';
import './types/message.js';
import './types/ticket-event.js';
import './types/user-error.js';
import './types/mutations/errors.js';
import './types/mutations/payload.js';
import './types/mutations/capabilities.js';
import './types/mutations/close-ticket.js';
import './types/mutations/ticket-writes.js';
import './types/mutations/message-writes.js';
import './types/mutations/contact-writes.js';
import './types/mutations/catalog-writes.js';

builder.queryType({ description: 'Read helpdesk data across every connection a token can see.' });
builder.mutationType({
  description:
    'Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers).',
});

/** The gateway's schema, sorted so the printed SDL is stable. */
export const buildSchema = (): GraphQLSchema => lexicographicSortSchema(builder.toSchema());
