import type { GatewayContext } from '../../../context.js';
import type { DomainContact } from '../../../domain/types.js';
import { decodeGlobalId } from '../../../domain/global-id.js';
import { WriteRejection, type ContactChanges, type WriteOperation } from '../../../domain/writes.js';
import type { LiveConnection } from '../../../runtime.js';
import { builder } from '../../builder.js';
import { COST } from '../../cost.js';
import { ContactObjectRef } from '../../refs.js';
import { contactRefOf, normaliseEmail } from '../../resolve/contacts.js';
import { assertCapable, InputCheck, invalid, runWrite, writableConnection } from '../../resolve/writes.js';
import { MutationPayloadRef, mutationInputFields, payloadOf, type PayloadSource } from './payload.js';
import { LIMITS } from './ticket-inputs.js';

const PHONE_MAX = 50;

const CreateContactInput = builder.inputType('CreateContactInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true, description: 'The helpdesk to create the contact record in.' }),
    email: t.string({ required: true }),
    name: t.string(),
    phone: t.string(),
    company: t.string({ description: 'Where the upstream keeps a company name on the person.' }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description: 'Only the fields given change; null clears phone or company.',
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'The Contact.' }),
    connectionId: t.id({ required: true, description: 'Which of its records (a contact may live in several helpdesks).' }),
    email: t.string(),
    name: t.string(),
    phone: t.string(),
    company: t.string(),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

const DeleteContactInput = builder.inputType('DeleteContactInput', {
  fields: (t) => ({
    contactId: t.id({ required: true }),
    connectionId: t.id({ required: true, description: 'Which of its records to delete.' }),
    clientMutationId: t.string(mutationInputFields.clientMutationId),
    idempotencyKey: t.string(mutationInputFields.idempotencyKey),
  }),
});

const contactPayload = (name: string) =>
  builder.objectRef<PayloadSource<DomainContact>>(name).implement({
    interfaces: [MutationPayloadRef],
    fields: (t) => ({
      contact: t.field({
        type: ContactObjectRef,
        nullable: true,
        description: 'The contact, as it is after the write.',
        resolve: (payload, _args, context) =>
          payload.result ? contactRefOf(payload.result, liveOrThrow(context, payload.result.connectionId).settings.workspaceId) : null,
      }),
    }),
  });

const liveOrThrow = (context: GatewayContext, connectionId: string): LiveConnection => {
  const live = context.runtime.connection(connectionId);
  if (!live) throw new Error(`no live connection ${connectionId}`);
  return live;
};

/**
 * The upstream record a Contact id names in one connection: the record itself, or for a contact known
 * by email the connection's record with that email (one read).
 */
const contactRecord = async (
  context: GatewayContext,
  contactId: string,
  connectionId: string,
  operation: WriteOperation,
): Promise<{ live: LiveConnection; externalId: string }> => {
  const live = writableConnection(context, connectionId, ['connectionId']);
  let parts: string[];
  try {
    const decoded = decodeGlobalId(contactId);
    if (decoded.typename !== 'Contact') throw new Error('another type');
    parts = decoded.parts;
  } catch {
    throw invalid(['contactId'], 'is not the id of a Contact');
  }
  const [workspaceId, form, first, second] = parts;
  if (workspaceId !== live.settings.workspaceId) throw invalid(['contactId'], `is not in the workspace of connection ${live.settings.id}`);
  assertCapable(live, operation);
  if (form === 'record' && first && second) {
    if (first !== live.settings.id) throw invalid(['contactId'], `is a record of connection ${first}, not ${live.settings.id}`);
    return { live, externalId: second };
  }
  if (form === 'email' && first) {
    const [record] = await context.loaders.contactsByEmail(live.connector).load(normaliseEmail(first));
    if (!record) throw new WriteRejection('NOT_FOUND', `connection ${live.settings.id} has no contact with this email`);
    return { live, externalId: record.externalId };
  }
  throw invalid(['contactId'], 'is not the id of a Contact');
};

const checkContact = (input: { email?: string | null; name?: string | null; phone?: string | null; company?: string | null }, emailRequired: boolean): void => {
  const check = new InputCheck();
  if (emailRequired || input.email != null) check.email(['email'], input.email);
  check.text(['name'], input.name, LIMITS.name, false);
  check.text(['phone'], input.phone, PHONE_MAX, false);
  check.text(['company'], input.company, LIMITS.name, false);
  check.done();
};

builder.mutationField('createContact', (t) =>
  t.field({
    complexity: COST.mutation,
    type: contactPayload('CreateContactPayload'),
    description: 'Creates a contact record (a customer, end user or contact, as the upstream calls it) in one helpdesk.',
    authScopes: { write: true },
    args: { input: t.arg({ type: CreateContactInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'createContact', input, () => {
          const live = writableConnection(context, String(input.connectionId), ['connectionId']);
          checkContact(input, true);
          return {
            live,
            operation: 'createContact',
            perform: async () => {
              const contact = await live.connector.createContact!({
                email: input.email.trim(),
                name: input.name ?? null,
                phone: input.phone ?? null,
                company: input.company ?? null,
              });
              context.loaders.wrote(live.connector, 'contacts', contact.externalId, contact);
              return contact;
            },
          };
        }),
      ),
  }),
);

builder.mutationField('updateContact', (t) =>
  t.field({
    complexity: COST.mutation,
    type: contactPayload('UpdateContactPayload'),
    description: 'Changes a contact record in one helpdesk; only the fields given change.',
    authScopes: { write: true },
    args: { input: t.arg({ type: UpdateContactInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'updateContact', input, async () => {
          checkContact(input, false);
          const changes: ContactChanges = {
            ...(input.email != null && { email: input.email.trim() }),
            ...(input.name != null && { name: input.name }),
            ...(input.phone !== undefined && { phone: input.phone }),
            ...(input.company !== undefined && { company: input.company }),
          };
          if (Object.keys(changes).length === 0) throw invalid([], 'changes nothing: give at least one field to change');
          const { live, externalId } = await contactRecord(context, String(input.contactId), String(input.connectionId), 'updateContact');
          return {
            live,
            operation: 'updateContact',
            perform: async () => {
              const contact = await live.connector.updateContact!(externalId, changes);
              context.loaders.wrote(live.connector, 'contacts', externalId, contact);
              return contact;
            },
          };
        }),
      ),
  }),
);

const DeleteContactPayload = builder.objectRef<PayloadSource<string>>('DeleteContactPayload').implement({
  interfaces: [MutationPayloadRef],
  fields: (t) => ({
    deletedContactId: t.id({ nullable: true, description: 'The Contact id given.', resolve: (payload) => payload.result }),
  }),
});

builder.mutationField('deleteContact', (t) =>
  t.field({
    complexity: COST.mutation,
    type: DeleteContactPayload,
    description: "Deletes a contact's record in one helpdesk (its records elsewhere stay).",
    authScopes: { write: true },
    args: { input: t.arg({ type: DeleteContactInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'deleteContact', input, async () => {
          const { live, externalId } = await contactRecord(context, String(input.contactId), String(input.connectionId), 'deleteContact');
          return {
            live,
            operation: 'deleteContact',
            perform: async () => {
              await live.connector.deleteContact!(externalId);
              context.loaders.wrote(live.connector, 'contacts', externalId, null);
              return String(input.contactId);
            },
          };
        }),
      ),
  }),
);
