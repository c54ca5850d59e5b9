import type { GatewayContext } from '../../context.js';
import { GatewayError } from '../../domain/errors.js';
import type { DomainContact, DomainTicket } from '../../domain/types.js';
import type { LiveConnection } from '../../runtime.js';
import type { ContactRef } from '../refs.js';

/** Emails identify people across helpdesks; upstreams differ in case, so compare lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** The upstream records behind a contact, and the connections that could not be asked. */
export interface IdentityLookup {
  records: DomainContact[];
  failed: { live: LiveConnection; error: GatewayError }[];
}

const asGatewayError = (live: LiveConnection, error: unknown): GatewayError =>
  error instanceof GatewayError
    ? error
    : new GatewayError('UPSTREAM_UNAVAILABLE', `connection ${live.settings.id}: the upstream failed`, { connectionId: live.settings.id, cause: error });

/** The email the reference already carries, lower-cased, if any. */
export const knownEmail = (ref: ContactRef): string | undefined => {
  const email = ref.email ?? ref.hint?.email ?? ref.contact?.email;
  return email ? normaliseEmail(email) : undefined;
};

/**
 * Every upstream record behind a contact: with an email, each connection of the workspace is asked
 * for it (in parallel, once per request through the loaders); without one, the contact is its single
 * record. A connection that fails is listed in `failed`; the others still answer.
 */
export const lookupIdentities = async (context: GatewayContext, ref: ContactRef): Promise<IdentityLookup> => {
  const email = knownEmail(ref);
  if (!email) {
    if (ref.contact) return { records: [ref.contact], failed: [] };
    const live = ref.record ? context.runtime.connection(ref.record.connectionId) : undefined;
    if (!ref.record || !live) return { records: [], failed: [] };
    const record = await context.loaders.contacts(live.connector).load(ref.record.externalId);
    if (record?.email) return lookupIdentities(context, { ...ref, email: normaliseEmail(record.email), contact: record });
    return { records: record ? [record] : [], failed: [] };
  }
  const lives = context.runtime.connectionsOf(ref.workspaceId);
  const settled = await Promise.allSettled(lives.map((live) => context.loaders.contactsByEmail(live.connector).load(email)));
  const lookup: IdentityLookup = { records: [], failed: [] };
  settled.forEach((outcome, i) => {
    const live = lives[i] as LiveConnection;
    if (outcome.status === 'fulfilled') lookup.records.push(...outcome.value);
    else lookup.failed.push({ live, error: asGatewayError(live, outcome.reason) });
  });
  return lookup;
};

/**
 * The records behind a contact for a field at `path`: connections that failed are reported in the
 * response's `errors` while the others still answer; only when every connection failed does the field fail.
 */
export const identities = async (context: GatewayContext, ref: ContactRef, path: readonly (string | number)[]): Promise<DomainContact[]> => {
  const { records, failed } = await lookupIdentities(context, ref);
  const [firstFailure] = failed;
  if (records.length === 0 && firstFailure) throw firstFailure.error;
  for (const { error } of failed) context.partialErrors.push({ error, path });
  return records;
};

/** The upstream record behind a reference, loaded once per request. */
export const primaryRecord = async (context: GatewayContext, ref: ContactRef, path: readonly (string | number)[]): Promise<DomainContact | null> => {
  if (ref.contact) return ref.contact;
  if (ref.record) {
    const live = context.runtime.connection(ref.record.connectionId);
    if (live) return context.loaders.contacts(live.connector).load(ref.record.externalId);
  }
  const [first] = await identities(context, ref, path);
  return first ?? null;
};

/** The email a contact is known by, loading its record when the reference did not carry one. */
export const contactEmail = async (context: GatewayContext, ref: ContactRef, path: readonly (string | number)[]): Promise<string | null> => {
  const known = knownEmail(ref);
  if (known) return known;
  if (ref.email === null) return null;
  const record = await primaryRecord(context, ref, path);
  return record?.email ? normaliseEmail(record.email) : null;
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
