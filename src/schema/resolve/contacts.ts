import type { GatewayContext } from '../../context.js';
import type { DomainContact, DomainTicket } from '../../domain/types.js';
import type { ContactRef } from '../refs.js';

/** Emails identify people across helpdesks; upstreams differ in case, so compare lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** The upstream record behind a reference, loaded once per request. */
export const primaryRecord = async (context: GatewayContext, ref: ContactRef): Promise<DomainContact | null> => {
  if (ref.contact) return ref.contact;
  if (ref.record) {
    const live = context.runtime.connection(ref.record.connectionId);
    if (live) return context.loaders.contacts(live.connector).load(ref.record.externalId);
  }
  const [first] = await identities(context, ref);
  return first ?? null;
};

/** The email a contact is known by, loading its record when the reference did not carry one. */
export const contactEmail = async (context: GatewayContext, ref: ContactRef): Promise<string | null> => {
  const known = ref.email ?? ref.hint?.email ?? ref.contact?.email;
  if (known) return normaliseEmail(known);
  if (ref.email === null) return null;
  const record = await primaryRecord(context, ref);
  return record?.email ? normaliseEmail(record.email) : null;
};

/**
 * Every upstream record behind a contact: with an email, each connection of the workspace is asked
 * for it (in parallel, once per request); without one, the contact is its single record.
 */
export const identities = async (context: GatewayContext, ref: ContactRef): Promise<DomainContact[]> => {
  const email = ref.email ?? (ref.hint?.email ? normaliseEmail(ref.hint.email) : ref.contact?.email ? normaliseEmail(ref.contact.email) : undefined);
  if (!email) {
    if (ref.contact) return [ref.contact];
    if (!ref.record) return [];
    const live = context.runtime.connection(ref.record.connectionId);
    const record = live ? await context.loaders.contacts(live.connector).load(ref.record.externalId) : null;
    if (record?.email) return identities(context, { ...ref, email: normaliseEmail(record.email), contact: record });
    return record ? [record] : [];
  }
  const found = await Promise.all(
    context.runtime.connectionsOf(ref.workspaceId).map((live) => context.loaders.contactsByEmail(live.connector).load(email)),
  );
  return found.flat();
};

/** The contact a ticket's requester names, with what the ticket already said about them. */
export const requesterRef = (ticket: DomainTicket, workspaceId: string): ContactRef | null => {
  const requester = ticket.requester;
  if (!requester || (!requester.externalId && !requester.email)) return null;
  return {
    workspaceId,
    ...(requester.email ? { email: normaliseEmail(requester.email) } : {}),
    ...(requester.externalId ? { record: { connectionId: ticket.connectionId, externalId: requester.externalId } } : {}),
    hint: { name: requester.name, email: requester.email },
  };
};

/** A reference for a contact record a listing returned. */
export const contactRefOf = (contact: DomainContact, workspaceId: string): ContactRef => ({
  workspaceId,
  email: contact.email ? normaliseEmail(contact.email) : null,
  record: { connectionId: contact.connectionId, externalId: contact.externalId },
  contact,
});
