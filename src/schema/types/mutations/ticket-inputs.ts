import type { LiveConnection } from '../../../runtime.js';
import type { CustomFieldValue } from '../../../domain/types.js';
import type { TicketChangeKey } from '../../../domain/writes.js';
import { GatewayError } from '../../../domain/errors.js';
import type { GatewayContext } from '../../../context.js';
import { builder } from '../../builder.js';
import { InputCheck, recordId } from '../../resolve/writes.js';
import { TicketPriorityEnum, TicketStatusEnum } from '../enums.js';
import { mutationInputFields } from './payload.js';

/** Bounds on what a client may send, whatever the upstream takes. */
export const LIMITS = { subject: 1_000, name: 200, tags: 50, tag: 100, customFields: 100, customFieldKey: 200, customFieldValue: 10_000 } as const;

export const CustomFieldInput = builder.inputType('CustomFieldInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: "The upstream's key of the field (Ticket.customFields key)." }),
    value: t.field({ type: 'JSON', description: 'Any JSON value; null clears the field.' }),
  }),
});

const RequesterInput = builder.inputType('RequesterInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string(),
  }),
});

export const CreateTicketInput = builder.inputType('CreateTicketInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true, description: 'The helpdesk to create the ticket in (its config id or global id).' }),
    subject: t.string({ required: true }),
    description: t.string({ required: true, description: 'The first message, as text.' }),
    requester: t.field({ type: RequesterInput, required: true }),
    priority: t.field({ type: TicketPriorityEnum }),
    type: t.string({ description: "The upstream's ticket type (Zendesk: problem, incident, question, task)." }),
    tags: t.stringList(),
    assigneeId: t.id({ description: 'An Agent of the same connection.' }),
    customFields: t.field({ type: [CustomFieldInput] }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

export const UpdateTicketInput = builder.inputType('UpdateTicketInput', {
  description: 'Only the fields given change. `assigneeId: null` unassigns (this is also how to assign).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The Ticket id.' }),
    subject: t.string(),
    status: t.field({ type: TicketStatusEnum }),
    priority: t.field({ type: TicketPriorityEnum }),
    type: t.string(),
    assigneeId: t.id({ description: 'An Agent of the same connection, or null to unassign.' }),
    tags: t.stringList({ description: 'Replaces the tags.' }),
    customFields: t.field({ type: [CustomFieldInput], description: 'Sets these fields; others keep their value.' }),
    ifUpdatedAt: t.field({
      type: 'DateTime',
      description:
        'The ticket’s updatedAt as you last read it: if someone changed it since, nothing is written and the answer is a ConflictError (Zendesk safe_update). Only where capabilities.conditionalUpdate.',
    }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

export const TicketIdInput = builder.inputType('TicketIdInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The Ticket id.' }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

/** Checks what a ticket's fields hold, whichever mutation sets them. */
export const checkTicketFields = (
  check: InputCheck,
  live: LiveConnection,
  fields: { subject?: string | null; type?: string | null; tags?: readonly string[] | null; customFields?: readonly { key: string; value?: unknown }[] | null },
  required: { subject: boolean },
): void => {
  check.text(['subject'], fields.subject, LIMITS.subject, required.subject);
  check.list(['tags'], fields.tags, LIMITS.tags, LIMITS.tag);
  const types = live.connector.capabilities.writes?.ticketTypes;
  if (fields.type !== null && fields.type !== undefined && types && !types.includes(fields.type)) {
    check.add(['type'], `must be one of ${types.join(', ')}`);
  }
  const customFields = fields.customFields ?? [];
  if (customFields.length > LIMITS.customFields) check.add(['customFields'], `has more than ${LIMITS.customFields} entries`);
  customFields.forEach((field, i) => {
    check.text(['customFields', String(i), 'key'], field.key, LIMITS.customFieldKey);
    if (JSON.stringify(field.value ?? null).length > LIMITS.customFieldValue) {
      check.add(['customFields', String(i), 'value'], `is larger than ${LIMITS.customFieldValue} characters of JSON`);
    }
  });
};

/** Fields given that the upstream cannot set answer CAPABILITY_UNSUPPORTED, before any upstream call. */
export const assertChangeable = (live: LiveConnection, keys: readonly TicketChangeKey[]): void => {
  const allowed = live.connector.capabilities.writes?.ticketChanges ?? [];
  const refused = keys.filter((key) => !allowed.includes(key));
  if (refused.length > 0) {
    throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${live.settings.id} (${live.settings.kind}) cannot set ${refused.join(', ')} on tickets`, {
      connectionId: live.settings.id,
    });
  }
};

export const toCustomFields = (fields: readonly { key: string; value?: unknown }[] | null | undefined): CustomFieldValue[] =>
  (fields ?? []).map((field) => ({ key: field.key, value: field.value ?? null }));

/** An optional Agent id of the ticket's own connection, as the upstream's id. */
export const assigneeOf = (context: GatewayContext, live: LiveConnection, assigneeId: string | number | null | undefined): string | null | undefined => {
  if (assigneeId === null || assigneeId === undefined) return assigneeId;
  return recordId(context, String(assigneeId), 'Agent', ['assigneeId'], live).externalId;
};
